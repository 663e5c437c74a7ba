var s = "abc;
