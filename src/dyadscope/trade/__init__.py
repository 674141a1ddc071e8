"""Trade evidence from BACI flows: balances, concentration, comparative advantage, export potential."""
