/* Placeholder for the node layer (rt-node replaces this file): installs
 * nothing on the global object. */
#include "kiln/runtime.h"

void js_node_init(JSValue global)
{
    (void)global;
}
