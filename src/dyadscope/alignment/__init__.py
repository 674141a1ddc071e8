"""UN General Assembly alignment: pairwise agreement measures and dynamic ideal points."""
