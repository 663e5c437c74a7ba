await null;
throw new RangeError('bad module');
