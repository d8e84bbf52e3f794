"""seedbed: realistic synthetic rows that satisfy every constraint."""
