console.log('empty runs first');
