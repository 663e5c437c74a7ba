/* Placeholder entry point until the runtime core lands. */
#include <stdio.h>
int kiln_runtime_placeholder(void) { return 0; }
