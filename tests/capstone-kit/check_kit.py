#!/usr/bin/env python3
"""Checks of the capstone starter kit (content/capstone/starter-kit/).

    python3 tests/capstone-kit/check_kit.py        # or: npm run content:kit

Needs Python 3.10+ and PyYAML; no ROS. It checks that
  - every .xacro/.urdf/.sdf/.world/.xml/.launch.xml file parses as XML;
  - the humanoid description has exactly the expected links and joints, every joint's parent and
    child exist, each link has at most one parent, and the tree has a single root (base_link);
  - the ros2_control block and the controllers file only name joints that exist;
  - the Gazebo odometry is wired for Nav2: OdometryPublisher uses odom -> base_link and the
    bridge turns /model/humanoid/pose into /tf (review item A3);
  - every YAML file (.yaml/.yml/.rviz) parses, and every costmap plugin listed in the Nav2
    parameters is defined (review item B6);
  - every Python file compiles, and every Python launch file imports and its
    generate_launch_description() returns a LaunchDescription (against the test doubles of
    `launch`/`launch_ros` in tests/support/fake_ros/);
  - every setup.py entry point names an existing module with a main();
  - the week-2 data script runs and writes its files.
It prints what it checked and exits with status 1 on any failure.
"""
import importlib.util
import os
import py_compile
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import yaml

sys.dont_write_bytecode = True  # leave no __pycache__ in the kit or the test doubles

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KIT = os.path.join(ROOT, 'content', 'capstone', 'starter-kit')
FAKE_ROS = os.path.join(ROOT, 'tests', 'support', 'fake_ros')
URDF = os.path.join(KIT, 'src', 'capstone_description', 'urdf', 'humanoid.urdf.xacro')

SIDES = ('left', 'right')
ARM = ('shoulder_pitch', 'shoulder_roll', 'shoulder_yaw', 'elbow', 'wrist_yaw', 'wrist_pitch')
LEG = ('hip_yaw', 'hip_roll', 'hip_pitch', 'knee', 'ankle_pitch', 'ankle_roll')

EXPECTED_LINKS = {
    'base_link', 'base_footprint', 'imu_link', 'lidar_link',
    'torso_link', 'neck_link', 'head_link', 'head_camera_link', 'head_camera_optical_frame', 'gaze',
    'l_gripper', 'r_gripper', 'l_sole', 'r_sole',
}
for side in SIDES:
    EXPECTED_LINKS |= {f'{side}_{n}_link' for n in (
        'shoulder_pitch', 'shoulder_roll', 'upper_arm', 'forearm', 'wrist_yaw', 'hand',
        'finger_1', 'finger_2', 'hip_yaw', 'hip_roll', 'thigh', 'shank', 'ankle_pitch', 'foot')}

# joint name -> (type, parent, child)
EXPECTED_JOINTS = {
    'base_footprint_joint': ('fixed', 'base_link', 'base_footprint'),
    'imu_joint': ('fixed', 'base_link', 'imu_link'),
    'lidar_joint': ('fixed', 'base_link', 'lidar_link'),
    'waist_yaw_joint': ('revolute', 'base_link', 'torso_link'),
    'head_yaw_joint': ('revolute', 'torso_link', 'neck_link'),
    'head_pitch_joint': ('revolute', 'neck_link', 'head_link'),
    'head_camera_joint': ('fixed', 'head_link', 'head_camera_link'),
    'head_camera_optical_joint': ('fixed', 'head_camera_link', 'head_camera_optical_frame'),
    'gaze_joint': ('fixed', 'head_link', 'gaze'),
    'l_gripper_joint': ('fixed', 'left_hand_link', 'l_gripper'),
    'r_gripper_joint': ('fixed', 'right_hand_link', 'r_gripper'),
    'l_sole_joint': ('fixed', 'left_foot_link', 'l_sole'),
    'r_sole_joint': ('fixed', 'right_foot_link', 'r_sole'),
}
for side in SIDES:
    chain = ['torso_link'] + [f'{side}_{n}_link' for n in (
        'shoulder_pitch', 'shoulder_roll', 'upper_arm', 'forearm', 'wrist_yaw', 'hand')]
    for joint, parent, child in zip(ARM, chain, chain[1:]):
        EXPECTED_JOINTS[f'{side}_{joint}_joint'] = ('revolute', parent, child)
    for finger in ('finger_1', 'finger_2'):
        EXPECTED_JOINTS[f'{side}_{finger}_joint'] = ('prismatic', f'{side}_hand_link', f'{side}_{finger}_link')
    chain = ['base_link'] + [f'{side}_{n}_link' for n in (
        'hip_yaw', 'hip_roll', 'thigh', 'shank', 'ankle_pitch', 'foot')]
    for joint, parent, child in zip(LEG, chain, chain[1:]):
        EXPECTED_JOINTS[f'{side}_{joint}_joint'] = ('revolute', parent, child)

failures = []
counts = {}


def fail(message):
    failures.append(message)
    print(f'  FAIL {message}')


def rel(path):
    return os.path.relpath(path, ROOT)


def kit_files(*suffixes):
    found = []
    for folder, dirs, files in os.walk(KIT):
        dirs[:] = sorted(d for d in dirs if d != '__pycache__')
        for name in sorted(files):
            if name.endswith(suffixes):
                found.append(os.path.join(folder, name))
    return found


def check_xml():
    print('XML files')
    for path in kit_files('.xacro', '.urdf', '.sdf', '.world', '.xml', '.launch.xml'):
        try:
            ET.parse(path)
            counts['xml'] = counts.get('xml', 0) + 1
        except ET.ParseError as err:
            fail(f'{rel(path)} is not well-formed XML: {err}')
    print(f'  {counts.get("xml", 0)} files parse')


def check_robot():
    print('Humanoid description')
    try:
        robot = ET.parse(URDF).getroot()
    except (OSError, ET.ParseError) as err:
        fail(f'cannot read {rel(URDF)}: {err}')
        return
    if robot.tag != 'robot':
        fail(f'{rel(URDF)}: root element is <{robot.tag}>, not <robot>')
    if robot.findall('.//{http://www.ros.org/wiki/xacro}macro'):
        fail(f'{rel(URDF)}: uses xacro macros; every link and joint must be written out')
    links = [link.get('name') for link in robot.findall('link')]
    joints = {j.get('name'): j for j in robot.findall('joint')}
    if len(links) != len(set(links)):
        fail('duplicate link names')
    if len(joints) != len(robot.findall('joint')):
        fail('duplicate joint names')
    for name in sorted(EXPECTED_LINKS - set(links)):
        fail(f'missing link {name}')
    for name in sorted(set(links) - EXPECTED_LINKS):
        fail(f'unexpected link {name} (add it to EXPECTED_LINKS if it is intended)')
    parents = {}
    for name, joint in joints.items():
        parent = joint.find('parent').get('link') if joint.find('parent') is not None else None
        child = joint.find('child').get('link') if joint.find('child') is not None else None
        for role, link in (('parent', parent), ('child', child)):
            if link not in links:
                fail(f'joint {name}: {role} link {link!r} does not exist')
        if child in parents:
            fail(f'link {child} has two parents ({parents[child]} and {name})')
        parents[child] = name
        expected = EXPECTED_JOINTS.get(name)
        if expected is None:
            fail(f'unexpected joint {name} (add it to EXPECTED_JOINTS if it is intended)')
        elif (joint.get('type'), parent, child) != expected:
            fail(f'joint {name} is {(joint.get("type"), parent, child)}, expected {expected}')
        if joint.get('type') in ('revolute', 'prismatic'):
            limit = joint.find('limit')
            if limit is None or any(limit.get(k) is None for k in ('lower', 'upper', 'effort', 'velocity')):
                fail(f'joint {name}: needs <limit lower upper effort velocity>')
            elif float(limit.get('lower')) >= float(limit.get('upper')):
                fail(f'joint {name}: lower limit is not below the upper limit')
            if joint.find('axis') is None:
                fail(f'joint {name}: no <axis>')
    for name in sorted(set(EXPECTED_JOINTS) - set(joints)):
        fail(f'missing joint {name}')
    roots = [link for link in links if link not in parents]
    if roots != ['base_link']:
        fail(f'the tree must have one root, base_link; roots found: {roots}')
    # every link must be reachable from the root (no cycles, no islands)
    children = {}
    for joint in joints.values():
        children.setdefault(joint.find('parent').get('link'), []).append(joint.find('child').get('link'))
    seen, stack = set(), ['base_link']
    while stack:
        link = stack.pop()
        if link in seen:
            fail(f'cycle through {link}')
            break
        seen.add(link)
        stack.extend(children.get(link, []))
    if seen != set(links):
        fail(f'links not reachable from base_link: {sorted(set(links) - seen)}')
    # masses: every link with geometry has a positive mass and positive principal inertias
    total = 0.0
    for link in robot.findall('link'):
        inertial = link.find('inertial')
        if link.find('visual') is not None and inertial is None:
            fail(f'link {link.get("name")} has geometry but no <inertial>')
        if inertial is not None:
            mass = float(inertial.find('mass').get('value'))
            inertia = inertial.find('inertia')
            moments = [float(inertia.get(k)) for k in ('ixx', 'iyy', 'izz')]
            if mass <= 0 or min(moments) <= 0:
                fail(f'link {link.get("name")}: mass and principal inertias must be positive')
            if moments[0] + moments[1] < moments[2] or moments[1] + moments[2] < moments[0] \
                    or moments[0] + moments[2] < moments[1]:
                fail(f'link {link.get("name")}: inertia violates the triangle inequality')
            total += mass
    # ros2_control names real joints
    control = robot.find('ros2_control')
    control_joints = [] if control is None else [j.get('name') for j in control.findall('joint')]
    if not control_joints:
        fail('no <ros2_control> joints')
    for name in control_joints:
        if name not in joints:
            fail(f'ros2_control names unknown joint {name}')
    movable = {n for n, j in joints.items() if j.get('type') in ('revolute', 'prismatic')}
    for name in sorted(movable - set(control_joints)):
        fail(f'movable joint {name} is missing from <ros2_control>')
    # Gazebo odometry frames (A3)
    odom = [p for p in robot.iter('plugin') if p.get('name') == 'gz::sim::systems::OdometryPublisher']
    if len(odom) != 1:
        fail('expected one OdometryPublisher system')
    else:
        for tag, value in (('odom_frame', 'odom'), ('robot_base_frame', 'base_link')):
            if (odom[0].findtext(tag) or '').strip() != value:
                fail(f'OdometryPublisher <{tag}> must be {value}')
    sensors = {s.get('type') for s in robot.iter('sensor')}
    for needed in ('rgbd_camera', 'gpu_lidar', 'imu'):
        if needed not in sensors:
            fail(f'no {needed} sensor in the description')
    print(f'  {len(links)} links, {len(joints)} joints ({len(movable)} movable), one root (base_link), '
          f'mass {total:.1f} kg, {len(control_joints)} ros2_control joints, sensors {sorted(sensors)}')
    return joints


def check_yaml(joints):
    print('YAML files')
    docs = {}
    for path in kit_files('.yaml', '.yml', '.rviz'):
        try:
            with open(path) as f:
                docs[path] = yaml.safe_load(f)
            counts['yaml'] = counts.get('yaml', 0) + 1
        except yaml.YAMLError as err:
            fail(f'{rel(path)} is not valid YAML: {err}')
    print(f'  {counts.get("yaml", 0)} files parse')
    bringup = os.path.join(KIT, 'src', 'capstone_bringup')
    bridge = docs.get(os.path.join(bringup, 'config', 'bridge.yaml')) or []
    tf = [e for e in bridge if e.get('ros_topic_name') == '/tf']
    if not any(e.get('gz_topic_name') == '/model/humanoid/pose' and e.get('gz_type_name') == 'gz.msgs.Pose_V'
               and e.get('ros_type_name') == 'tf2_msgs/msg/TFMessage' and e.get('direction') == 'GZ_TO_ROS'
               for e in tf):
        fail('bridge.yaml must bridge /model/humanoid/pose (gz.msgs.Pose_V) to /tf (GZ_TO_ROS)')
    for entry in bridge:
        if entry.get('direction') not in ('GZ_TO_ROS', 'ROS_TO_GZ'):
            fail(f'bridge entry {entry.get("ros_topic_name")}: give an explicit direction')
    print(f'  bridge.yaml: {len(bridge)} entries, /tf from /model/humanoid/pose')
    nav2 = docs.get(os.path.join(bringup, 'config', 'nav2_params.yaml')) or {}
    for costmap in ('local_costmap', 'global_costmap'):
        params = nav2.get(costmap, {}).get(costmap, {}).get('ros__parameters', {})
        plugins = params.get('plugins', [])
        if not plugins:
            fail(f'nav2_params.yaml: {costmap} lists no plugins')
        for plugin in plugins:
            if 'plugin' not in params.get(plugin, {}):
                fail(f'nav2_params.yaml: {costmap} lists {plugin} but does not define {plugin}.plugin')
        print(f'  nav2_params.yaml: {costmap} layers {plugins} all defined')
    controllers = docs.get(os.path.join(KIT, 'src', 'capstone_description', 'config', 'ros2_controllers.yaml')) or {}
    named = 0
    for name, body in controllers.items():
        params = (body or {}).get('ros__parameters', {})
        for joint in params.get('joints', []) + ([params['joint']] if 'joint' in params else []):
            named += 1
            if joints is not None and joint not in joints:
                fail(f'ros2_controllers.yaml: {name} names unknown joint {joint}')
    print(f'  ros2_controllers.yaml: {named} joint references, all in the URDF')
    map_yaml = os.path.join(bringup, 'maps', 'apartment.yaml')
    image = (docs.get(map_yaml) or {}).get('image')
    if not image or not os.path.exists(os.path.join(os.path.dirname(map_yaml), image)):
        fail(f'{rel(map_yaml)}: image {image!r} does not exist')
    places = (docs.get(os.path.join(bringup, 'config', 'places.yaml')) or {}).get('places', {})
    if not all(isinstance(v, list) and len(v) == 3 for v in places.values()) or not places:
        fail('places.yaml: every place must be [x, y, yaw]')


def check_python():
    print('Python files')
    n = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path in kit_files('.py'):
            try:
                py_compile.compile(path, cfile=os.path.join(tmp, 'x.pyc'), doraise=True)
                n += 1
            except py_compile.PyCompileError as err:
                fail(f'{rel(path)} does not compile: {err.msg}')
    print(f'  {n} files compile')
    # entry points -> modules with main()
    import ast
    for setup in kit_files('setup.py'):
        package_dir = os.path.dirname(setup)
        tree = ast.parse(open(setup).read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and ' = ' in node.value \
                    and ':' in node.value:
                name, target = (s.strip() for s in node.value.split('='))
                module, func = target.split(':')
                module_path = os.path.join(package_dir, *module.split('.')) + '.py'
                if not os.path.exists(module_path):
                    fail(f'{rel(setup)}: entry point {name} -> missing module {module}')
                    continue
                source = ast.parse(open(module_path).read())
                if not any(isinstance(d, ast.FunctionDef) and d.name == func for d in source.body):
                    fail(f'{rel(setup)}: entry point {name} -> {module} has no {func}()')
                else:
                    counts['entry'] = counts.get('entry', 0) + 1
        pkg_xml = os.path.join(package_dir, 'package.xml')
        if ET.parse(pkg_xml).getroot().findtext('name') != os.path.basename(package_dir):
            fail(f'{rel(pkg_xml)}: <name> does not match the folder name')
    print(f'  {counts.get("entry", 0)} console entry points point to a main()')


def check_launch_files():
    print('Python launch files (against the launch/launch_ros test doubles)')
    sys.path.insert(0, FAKE_ROS)
    from launch import LaunchDescription  # the test double
    for path in kit_files('.launch.py'):
        name = 'kit_launch_' + os.path.basename(path).replace('.', '_')
        try:
            spec = importlib.util.spec_from_file_location(name, path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            description = module.generate_launch_description()
        except Exception as err:  # noqa: BLE001  (report any failure of the launch file)
            fail(f'{rel(path)}: {type(err).__name__}: {err}')
            continue
        if not isinstance(description, LaunchDescription):
            fail(f'{rel(path)}: generate_launch_description() returned {type(description).__name__}')
            continue
        counts['launch'] = counts.get('launch', 0) + 1
        print(f'  {rel(path)}: LaunchDescription with {len(description.entities)} entities')


def check_week2_data():
    print('Week-2 data script')
    script = os.path.join(KIT, 'data', 'week2', 'make_sensor_data.py')
    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run([sys.executable, script, tmp], capture_output=True, text=True, timeout=60)
        if run.returncode != 0:
            fail(f'{rel(script)} failed: {run.stderr.strip()[-300:]}')
            return
        for name in ('imu_at_rest.csv', 'depth_table.pgm', 'camera_info.txt', 'imu_truth.txt'):
            if not os.path.exists(os.path.join(tmp, name)):
                fail(f'{rel(script)} did not write {name}')
        with open(os.path.join(tmp, 'imu_at_rest.csv')) as f:
            rows = sum(1 for _ in f) - 1
        if rows != 6000:
            fail(f'imu_at_rest.csv has {rows} samples, expected 6000')
        print(f'  {run.stdout.strip()}'.replace(tmp, '<tmp>'))


def main():
    print(f'Checking the capstone starter kit in {rel(KIT)}')
    check_xml()
    joints = check_robot()
    check_yaml(joints)
    check_python()
    check_launch_files()
    check_week2_data()
    if failures:
        print(f'\n{len(failures)} problem(s) in the starter kit.')
        return 1
    print('\nStarter kit OK.')
    return 0


if __name__ == '__main__':
    sys.exit(main())
