export default function (x) { return 'hi ' + x; }
