var v = a ?? b || c;
