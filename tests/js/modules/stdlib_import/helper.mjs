export { sep, join as reexported } from 'path';
