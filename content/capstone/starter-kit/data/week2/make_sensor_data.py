"""Week-2 sensor lab data, for students without a real IMU or depth camera.

    python3 make_sensor_data.py [output_folder]      # standard library only, about a second

Writes, with a fixed random seed so that everyone gets the same files:
  imu_at_rest.csv   60 s of a 100 Hz IMU lying still on a desk: t (s), ax ay az (m/s^2), gx gy gz (rad/s)
  depth_table.pgm   a 160 x 120 depth image (16-bit, millimetres, like a RealSense 16UC1 image) of a
                    floor, a table and a wall, with range-dependent noise and the holes real sensors have
  camera_info.txt   the intrinsics of that depth image (fx, fy, cx, cy)
  imu_truth.txt     the biases and noise levels used; open it only after you have made your estimates

The lab: estimate each axis's bias and noise standard deviation at rest, explain why the
accelerometer's z axis does not read exactly 9.81, plot the depth image, count the invalid (zero)
pixels, and measure how the depth noise grows with range on the floor.
"""
import math
import os
import random
import struct
import sys

SEED = 2
RATE_HZ = 100
DURATION_S = 60
G = 9.81

# Ground truth of the simulated IMU (the desk is tilted by 0.7 deg about x and 0.4 deg about y).
TILT_X, TILT_Y = math.radians(0.7), math.radians(0.4)
ACC_BIAS = (0.045, -0.030, 0.080)      # m/s^2
ACC_NOISE = 0.020                      # m/s^2 per sample (white)
GYRO_BIAS = (0.0021, -0.0013, 0.0017)  # rad/s
GYRO_NOISE = 0.0012                    # rad/s per sample (white)
GYRO_WALK = 0.00002                    # rad/s per sqrt(s): a slowly wandering bias

# Depth camera: 160 x 120 pixels, 1.0 m above the floor, pitched 20 deg down.
W, H = 160, 120
FX = FY = 150.0
CX, CY = 79.5, 59.5
CAM_HEIGHT = 1.0
PITCH = math.radians(20.0)
MAX_RANGE = 4.0            # beyond this the sensor returns 0 (invalid)
HOLE_FRACTION = 0.02       # random dropouts
TABLE = ((1.2, 1.8), (-0.4, 0.4), (0.70, 0.75))  # x, y, z extents of the table top (m)
WALL_X = 3.0


def imu_rows(rng):
    # Gravity as measured by a level accelerometer at rest is +g on z (it measures the support force).
    gx_true = -G * math.sin(TILT_Y)
    gy_true = G * math.sin(TILT_X) * math.cos(TILT_Y)
    gz_true = G * math.cos(TILT_X) * math.cos(TILT_Y)
    walk = [0.0, 0.0, 0.0]
    dt = 1.0 / RATE_HZ
    for i in range(RATE_HZ * DURATION_S):
        walk = [w + rng.gauss(0.0, GYRO_WALK * math.sqrt(dt)) for w in walk]
        acc = [a + b + rng.gauss(0.0, ACC_NOISE) for a, b in zip((gx_true, gy_true, gz_true), ACC_BIAS)]
        gyro = [b + w + rng.gauss(0.0, GYRO_NOISE) for b, w in zip(GYRO_BIAS, walk)]
        yield [i * dt] + acc + gyro


def ray_depth(u, v):
    """Optical-frame depth Z of the first surface seen through pixel (u, v), or None."""
    ox, oy = (u - CX) / FX, (v - CY) / FY          # optical ray with z = 1
    bx, by, bz = 1.0, -ox, -oy                      # body frame: x forward, y left, z up
    dx = bx * math.cos(PITCH) + bz * math.sin(PITCH)  # pitch down about y
    dy = by
    dz = -bx * math.sin(PITCH) + bz * math.cos(PITCH)
    hits = []
    if dz < 0:
        hits.append(CAM_HEIGHT / -dz)                   # floor z = 0
    if dx > 0:
        hits.append(WALL_X / dx)                        # wall x = WALL_X
    t0, t1 = 0.0, float('inf')                          # slab test for the table top
    for o, d, (lo, hi) in zip((0.0, 0.0, CAM_HEIGHT), (dx, dy, dz), TABLE):
        if abs(d) < 1e-12:
            if not lo <= o <= hi:
                t0, t1 = 1.0, 0.0
            continue
        a, b = (lo - o) / d, (hi - o) / d
        t0, t1 = max(t0, min(a, b)), min(t1, max(a, b))
    if t0 <= t1:
        hits.append(t0)
    return min(hits) if hits else None


def depth_image(rng):
    rows = []
    for v in range(H):
        row = []
        for u in range(W):
            z = ray_depth(u, v)
            if z is None or z > MAX_RANGE or rng.random() < HOLE_FRACTION:
                row.append(0)
                continue
            z += rng.gauss(0.0, 0.002 * z * z)          # noise grows with the square of range
            row.append(max(0, min(65535, round(z * 1000.0))))
        rows.append(row)
    return rows


def main(out_dir='.'):
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(SEED)
    with open(os.path.join(out_dir, 'imu_at_rest.csv'), 'w') as f:
        f.write('t,ax,ay,az,gx,gy,gz\n')
        for r in imu_rows(rng):
            f.write(f'{r[0]:.2f},' + ','.join(f'{x:.5f}' for x in r[1:]) + '\n')
    rows = depth_image(rng)
    with open(os.path.join(out_dir, 'depth_table.pgm'), 'wb') as f:
        f.write(f'P5\n{W} {H}\n65535\n'.encode())
        for row in rows:
            f.write(struct.pack(f'>{W}H', *row))      # PGM 16-bit samples are big-endian
    with open(os.path.join(out_dir, 'camera_info.txt'), 'w') as f:
        f.write(f'width {W}\nheight {H}\nfx {FX}\nfy {FY}\ncx {CX}\ncy {CY}\n'
                f'encoding 16UC1 (millimetres; 0 = no measurement)\n')
    with open(os.path.join(out_dir, 'imu_truth.txt'), 'w') as f:
        f.write(f'accelerometer bias (m/s^2): {ACC_BIAS}\naccelerometer noise sd (m/s^2): {ACC_NOISE}\n'
                f'gyro bias (rad/s): {GYRO_BIAS} plus a random walk of {GYRO_WALK} rad/s/sqrt(s)\n'
                f'gyro noise sd (rad/s): {GYRO_NOISE}\n'
                f'desk tilt: {math.degrees(TILT_X):.1f} deg about x, {math.degrees(TILT_Y):.1f} deg about y\n')
    invalid = sum(1 for row in rows for d in row if d == 0)
    print(f'wrote {RATE_HZ * DURATION_S} IMU samples and a {W}x{H} depth image '
          f'({invalid} invalid pixels) to {os.path.abspath(out_dir)}')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '.')
