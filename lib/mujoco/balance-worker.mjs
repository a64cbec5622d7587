// Runs MuJoCo (the official WebAssembly build, mujoco-js) off the main thread for the balance
// scene (components/simulations/mujoco-balance.tsx). Served by app/mujoco/[version]/[file]/route.ts
// with a policy of its own: MuJoCo's bindings compile their call wrappers with `new Function`,
// which the rest of the app never allows.

const GAINS = { ankle: [900, 80], knee: [1200, 60], hip: [900, 60] };
const PUSH_SECONDS = 0.1;

let mujoco;
let model;
let data;
let playing = false;
let pushUntil = -1;
let pushForce = 0;
let wallStart = 0;
let simStart = 0;
let timer;
let fallen = false;

const joint = (name) => {
  const id = mujoco.mj_name2id(model, mujoco.mjtObj.mjOBJ_JOINT.value, name);
  return { qpos: model.jnt_qposadr[id], dof: model.jnt_dofadr[id] };
};

let joints;
let torso;

/**
 * The control chapter's PD with gravity compensation (pd_gravity.py): each joint is held straight
 * with tau = Kp (0 - q) - Kd qd + g(q), g(q) read from MuJoCo's bias forces (gravity and the
 * velocity terms). The body then stands as one stiff piece on its foot: a push it survives rocks
 * the foot and gravity brings the centre of mass back over the sole; a bigger one tips it over.
 */
function control() {
  const qpos = data.qpos;
  const qvel = data.qvel;
  const bias = data.qfrc_bias;
  const applied = data.qfrc_applied;
  for (const [name, [kp, kd]] of Object.entries(GAINS)) {
    const { qpos: qi, dof } = joints[name];
    applied[dof] = -kp * qpos[qi] - kd * qvel[dof] + bias[dof];
  }
}

function pitchOfTorso() {
  const m = data.xmat;
  // The torso's z axis in the world, from its rotation matrix (row-major 3×3).
  return Math.atan2(m[torso * 9 + 2], m[torso * 9 + 8]);
}

function frame() {
  const points = [];
  for (let body = 1; body < model.nbody; body++) points.push(data.xpos[body * 3], data.xpos[body * 3 + 2]);
  const m = data.xmat;
  points.push(data.xpos[torso * 3] + 0.55 * m[torso * 9 + 2], data.xpos[torso * 3 + 2] + 0.55 * m[torso * 9 + 8]);
  const foot = 1;
  self.postMessage({
    type: "frame",
    time: data.time,
    points,
    footPitch: Math.atan2(data.xmat[foot * 9 + 2], data.xmat[foot * 9 + 8]),
    torsoPitch: pitchOfTorso(),
    height: data.xpos[torso * 3 + 2],
    fallen,
  });
}

function advance() {
  if (!playing) return;
  // Real time, but never more than 50 ms of simulation per tick, so a slow tab slows the scene down instead of jumping.
  const target = Math.min(simStart + (performance.now() - wallStart) / 1000, data.time + 0.05);
  while (data.time < target) {
    const xfrc = data.xfrc_applied;
    xfrc[torso * 6] = data.time < pushUntil ? pushForce : 0;
    control();
    mujoco.mj_step(model, data);
    // Down: the hip is lower than a knee's height, or the solver has lost the state.
    if (data.xpos[torso * 3 + 2] < 0.45 || !Number.isFinite(data.qacc[0])) {
      fallen = true;
      playing = false;
      break;
    }
  }
  frame();
}

function setGravity(on) {
  model.opt.gravity[2] = on ? -9.81 : 0;
}

async function start(message) {
  const { default: loadMujoco } = await import(message.moduleUrl);
  mujoco = await loadMujoco();
  const xml = await (await fetch(message.modelUrl)).text();
  mujoco.FS.mkdir("/scene");
  mujoco.FS.writeFile("/scene/balancer.xml", xml);
  model = mujoco.MjModel.loadFromXML("/scene/balancer.xml");
  data = new mujoco.MjData(model);
  joints = Object.fromEntries(["ankle", "knee", "hip"].map((name) => [name, joint(name)]));
  torso = mujoco.mj_name2id(model, mujoco.mjtObj.mjOBJ_BODY.value, "torso");
  mujoco.mj_forward(model, data);
  frame();
  self.postMessage({ type: "ready" });
}

const handlers = {
  start,
  play() {
    if (fallen) return;
    playing = true;
    wallStart = performance.now();
    simStart = data.time;
    timer ??= setInterval(advance, 1000 / 60);
  },
  pause() {
    playing = false;
  },
  push(message) {
    pushForce = message.newtons;
    pushUntil = data.time + PUSH_SECONDS;
  },
  gravity(message) {
    setGravity(message.on);
  },
  reset() {
    mujoco.mj_resetData(model, data);
    setGravity(true);
    pushUntil = -1;
    fallen = false;
    wallStart = performance.now();
    simStart = 0;
    mujoco.mj_forward(model, data);
    frame();
  },
};

self.onmessage = (event) => {
  Promise.resolve(handlers[event.data.type](event.data)).catch((error) => {
    self.postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  });
};
