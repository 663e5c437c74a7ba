var v = -x ** 2;
