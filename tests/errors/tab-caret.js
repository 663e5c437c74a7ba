	if (x) {
		foo(;
	}
