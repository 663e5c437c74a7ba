let [a, a] = b;
