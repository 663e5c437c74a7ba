int kc_placeholder(void) { return 0; }
