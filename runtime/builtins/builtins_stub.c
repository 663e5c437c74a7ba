/* Placeholder for the builtins (rt-builtins replaces this file): installs
 * nothing on the global object. */
#include "kiln/runtime.h"

void js_builtins_init(JSValue global)
{
    (void)global;
}
