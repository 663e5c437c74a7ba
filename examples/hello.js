console.log("Hello from Kiln!");
