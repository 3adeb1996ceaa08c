"""unico-idcloud: independent client for Unico IDCloud."""
