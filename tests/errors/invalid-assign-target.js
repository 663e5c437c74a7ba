a + b = c;
