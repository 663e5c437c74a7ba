// A task scheduler in the style of the Richards benchmark: task control
// blocks, packets on linked queues, and polymorphic work functions.
var ID_IDLE = 0, ID_WORKER = 1, ID_HANDLER_A = 2, ID_HANDLER_B = 3, ID_DEVICE_A = 4, ID_DEVICE_B = 5;
var KIND_DEVICE = 0, KIND_WORK = 1, DATA_SIZE = 4;
function Packet(link, id, kind) {
  this.link = link; this.id = id; this.kind = kind; this.a1 = 0;
  this.a2 = [0, 0, 0, 0];
}
Packet.prototype.addTo = function (queue) {
  this.link = null;
  if (queue === null) return this;
  var next = queue;
  while (next.link !== null) next = next.link;
  next.link = this;
  return queue;
};
var STATE_RUNNING = 0, STATE_RUNNABLE = 1, STATE_SUSPENDED = 2, STATE_HELD = 4;
var STATE_SUSPENDED_RUNNABLE = STATE_SUSPENDED | STATE_RUNNABLE, STATE_NOT_HELD = ~STATE_HELD;
function Tcb(scheduler, id, priority, queue, fn, state) {
  this.scheduler = scheduler; this.id = id; this.priority = priority; this.queue = queue;
  this.fn = fn; this.state = state;
  this.bits = queue === null ? STATE_SUSPENDED : STATE_SUSPENDED_RUNNABLE;
  this.link = null;
}
Tcb.prototype.heldOrSuspended = function () {
  return (this.bits & STATE_HELD) !== 0 || this.bits === STATE_SUSPENDED;
};
Tcb.prototype.run = function () {
  var packet = null;
  if (this.bits === STATE_SUSPENDED_RUNNABLE) {
    packet = this.queue;
    this.queue = packet.link;
    this.bits = this.queue === null ? STATE_RUNNING : STATE_RUNNABLE;
  }
  return this.fn(this.scheduler, this.state, packet);
};
Tcb.prototype.checkPriorityAdd = function (task, packet) {
  if (this.queue === null) {
    this.queue = packet;
    this.bits |= STATE_RUNNABLE;
    if (this.priority > task.priority) return this;
  } else {
    this.queue = packet.addTo(this.queue);
  }
  return task;
};
function Scheduler() {
  this.queueCount = 0; this.holdCount = 0;
  this.blocks = [null, null, null, null, null, null];
  this.list = null; this.current = null; this.currentId = 0;
}
Scheduler.prototype.addTask = function (id, priority, queue, fn, state) {
  var t = new Tcb(this, id, priority, queue, fn, state);
  t.link = this.list;
  this.list = t;
  this.blocks[id] = t;
  this.current = t;
  return t;
};
Scheduler.prototype.schedule = function () {
  this.current = this.list;
  while (this.current !== null) {
    if (this.current.heldOrSuspended()) { this.current = this.current.link; continue; }
    this.currentId = this.current.id;
    this.current = this.current.run();
  }
};
Scheduler.prototype.release = function (id) {
  var t = this.blocks[id];
  if (t === null) return t;
  t.bits &= STATE_NOT_HELD;
  if (t.priority > this.current.priority) return t;
  return this.current;
};
Scheduler.prototype.holdCurrent = function () {
  this.holdCount++;
  this.current.bits |= STATE_HELD;
  return this.current.link;
};
Scheduler.prototype.suspendCurrent = function () { this.current.bits |= STATE_SUSPENDED; return this.current; };
Scheduler.prototype.queue = function (packet) {
  var t = this.blocks[packet.id];
  if (t === null) return t;
  this.queueCount++;
  packet.link = null;
  packet.id = this.currentId;
  return t.checkPriorityAdd(this.current, packet);
};
function idleFn(s, st, packet) {
  st.count--;
  if (st.count === 0) return s.holdCurrent();
  if ((st.v1 & 1) === 0) { st.v1 = st.v1 >> 1; return s.release(ID_DEVICE_A); }
  st.v1 = (st.v1 >> 1) ^ 0xD008;
  return s.release(ID_DEVICE_B);
}
function deviceFn(s, st, packet) {
  if (packet === null) {
    if (st.pending === null) return s.suspendCurrent();
    var v = st.pending;
    st.pending = null;
    return s.queue(v);
  }
  st.pending = packet;
  return s.holdCurrent();
}
function workerFn(s, st, packet) {
  if (packet === null) return s.suspendCurrent();
  st.dest = st.dest === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
  packet.id = st.dest;
  packet.a1 = 0;
  for (var i = 0; i < DATA_SIZE; i++) {
    st.count++;
    if (st.count > 26) st.count = 1;
    packet.a2[i] = st.count;
  }
  return s.queue(packet);
}
function handlerFn(s, st, packet) {
  if (packet !== null) {
    if (packet.kind === KIND_WORK) st.work = packet.addTo(st.work);
    else st.device = packet.addTo(st.device);
  }
  if (st.work !== null) {
    var w = st.work, count = w.a1;
    if (count < DATA_SIZE) {
      if (st.device !== null) {
        var d = st.device;
        st.device = d.link;
        d.a1 = w.a2[count];
        w.a1 = count + 1;
        return s.queue(d);
      }
    } else {
      st.work = w.link;
      return s.queue(w);
    }
  }
  return s.suspendCurrent();
}
function runRichards() {
  var s = new Scheduler();
  s.addTask(ID_IDLE, 0, null, idleFn, { v1: 1, count: 1000 }).bits = STATE_RUNNING;
  var q = new Packet(null, ID_WORKER, KIND_WORK);
  q = new Packet(q, ID_WORKER, KIND_WORK);
  s.addTask(ID_WORKER, 1000, q, workerFn, { dest: ID_HANDLER_A, count: 0 });
  q = new Packet(null, ID_DEVICE_A, KIND_DEVICE);
  q = new Packet(q, ID_DEVICE_A, KIND_DEVICE);
  q = new Packet(q, ID_DEVICE_A, KIND_DEVICE);
  s.addTask(ID_HANDLER_A, 2000, q, handlerFn, { work: null, device: null });
  q = new Packet(null, ID_DEVICE_B, KIND_DEVICE);
  q = new Packet(q, ID_DEVICE_B, KIND_DEVICE);
  q = new Packet(q, ID_DEVICE_B, KIND_DEVICE);
  s.addTask(ID_HANDLER_B, 3000, q, handlerFn, { work: null, device: null });
  s.addTask(ID_DEVICE_A, 4000, null, deviceFn, { pending: null });
  s.addTask(ID_DEVICE_B, 5000, null, deviceFn, { pending: null });
  s.schedule();
  return [s.queueCount, s.holdCount];
}
var qc = 0, hc = 0;
for (var r = 0; r < 600; r++) { var res = runRichards(); qc += res[0]; hc += res[1]; }
console.log(qc, hc);
