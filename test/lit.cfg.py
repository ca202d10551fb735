# -*- Python -*-
# lit configuration for the memplan regression tests.

import os

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "MEMPLAN"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.memplan_obj_root, "test")
config.excludes = ["Inputs", "lib", "CMakeLists.txt", "README.md", "lit.cfg.py",
                   "lit.site.cfg.py"]

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%memplan_src_root", config.memplan_src_root))
config.substitutions.append(("%memplan_obj_root", config.memplan_obj_root))
config.substitutions.append(("%host_cc", config.host_cc))
config.substitutions.append(("%llvm_lib_dir", config.llvm_lib_dir))
config.substitutions.append(
    ("%mlir_runner_utils",
     os.path.join(config.llvm_lib_dir, "libmlir_runner_utils.so")))
config.substitutions.append(
    ("%mlir_c_runner_utils",
     os.path.join(config.llvm_lib_dir, "libmlir_c_runner_utils.so")))

llvm_config.use_default_substitutions()
llvm_config.with_system_environment(["HOME", "TMP", "TEMP"])

# Our tools come first on PATH, then LLVM's (FileCheck, not, count, mlir-*).
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.with_environment("PATH", config.memplan_tools_dir, append_path=True)

tool_dirs = [config.memplan_tools_dir, config.llvm_tools_dir]
tools = [
    "memplan-opt",
    ToolSubst("memplan-solve", unresolved="ignore"),
    ToolSubst("memplan-bench", unresolved="ignore"),
    ToolSubst("memplan-exact-bench", unresolved="ignore"),
    ToolSubst("memplan-schedule-bench", unresolved="ignore"),
    ToolSubst("memplan-branchy-gen", unresolved="ignore"),
    ToolSubst("memplan-translate", unresolved="ignore"),
    ToolSubst("mlir-opt", unresolved="ignore"),
    ToolSubst("mlir-runner", unresolved="ignore"),
    ToolSubst("mlir-translate", unresolved="ignore"),
]
llvm_config.add_tool_substitutions(tools, tool_dirs)

# A sanitizer build (scripts/ci-sanitizers.sh): memplan's code is instrumented,
# LLVM's programs are not. Those that load memplan's code (stock mlir-opt with
# the plugin) run with the sanitizer runtimes preloaded:
# config.sanitizer_env is the command prefix for them.
config.sanitizer_env = ""
if config.memplan_sanitizers:
    import subprocess
    config.available_features.add("sanitizers")
    runtimes = [
        subprocess.check_output(
            [config.host_cxx, "-print-file-name=" + name], text=True).strip()
        for name in ("libasan.so", "libubsan.so")
    ]
    config.sanitizer_env = "env LD_PRELOAD=" + ":".join(runtimes)

# memplan built without NDEBUG: its LLVM_DEBUG output and the tools' -debug
# and -debug-only exist (the sanitizer build keeps assertions).
if config.memplan_debug_output:
    config.available_features.add("memplan-debug")

# Headless Chromium for the tests of the HTML report's page (scripts/setup.sh
# installs Debian's `chromium`): %chromium loads a page, takes a screenshot
# and dumps the DOM; the tests are UNSUPPORTED without it.
import shutil
chromium = shutil.which("chromium") or shutil.which("chromium-browser")
if chromium:
    config.available_features.add("chromium")
    config.substitutions.append(
        ("%chromium",
         chromium + " --headless --no-sandbox --disable-gpu --no-first-run"
         " --disable-extensions --disable-background-networking"
         " --force-device-scale-factor=1 --hide-scrollbars"))

if os.path.exists(os.path.join(config.llvm_tools_dir, "mlir-runner")):
    config.available_features.add("mlir-runner")
