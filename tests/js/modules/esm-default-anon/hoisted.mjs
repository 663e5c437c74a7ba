// the function of `export default function () {}` is hoisted: it exists
// before the module body runs (a cycle may call it), its binding *default*
// is not a name the module can refer to.
import { callEarly } from './user.mjs';
export default function () { return 'hoisted'; }
export const seen = callEarly;
