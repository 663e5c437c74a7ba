export default "internal (import)";
