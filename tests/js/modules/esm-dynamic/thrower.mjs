throw new Error('boom in module');
