if (x) {
  y();
