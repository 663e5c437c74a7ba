#include <stdio.h>
int main(void) { puts("kiln: not built yet"); return 1; }
