"""Machine facts and the thread policy: deterministic inputs, deterministic decisions."""

from __future__ import annotations

import pytest

from app.core import machine
from app.core.machine import (
    OtherProgramsLoad,
    RateSample,
    ThreadChoice,
    ThreadPolicy,
    default_thread_count,
    threads_beside,
)

# two sockets, two cores each, two hyper-threads per core: 8 logical CPUs, 4 physical cores
CPUINFO = "\n\n".join(
    f"processor\t: {i}\nphysical id\t: {i // 4}\ncore id\t\t: {(i % 4) // 2}\n" for i in range(8)
)


def _machine(monkeypatch: pytest.MonkeyPatch, allowed: int, cpuinfo: str | None) -> None:
    monkeypatch.setattr(
        machine.os, "sched_getaffinity", lambda _pid: set(range(allowed)), raising=False
    )
    monkeypatch.setattr(machine, "_read_cpuinfo", lambda: cpuinfo)


@pytest.mark.parametrize("allowed", [1, 2, 3, 4])
def test_thread_count_uses_every_core_on_small_machines(
    monkeypatch: pytest.MonkeyPatch, allowed: int
) -> None:
    _machine(monkeypatch, allowed, CPUINFO)  # hyper-threads, yet every CPU is used
    assert default_thread_count() == allowed


@pytest.mark.parametrize(
    ("allowed", "cpuinfo", "expected"),
    [
        (8, CPUINFO, 4),  # one thread per physical core
        (6, None, 3),  # physical cores unknown: half the logical CPUs
        (8, CPUINFO.replace("physical id", "x"), 4),
    ],
)
def test_thread_count_uses_physical_cores_on_bigger_machines(
    monkeypatch: pytest.MonkeyPatch, allowed: int, cpuinfo: str | None, expected: int
) -> None:
    _machine(monkeypatch, allowed, cpuinfo)
    assert default_thread_count() == expected


def test_physical_cores_counts_distinct_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(machine, "_read_cpuinfo", lambda: CPUINFO)
    assert machine.physical_cores() == 4
    monkeypatch.setattr(machine, "_read_cpuinfo", lambda: None)
    assert machine.physical_cores() is None


def test_total_memory_is_found_on_this_machine() -> None:
    total = machine.total_memory_bytes()
    assert total is None or total > 256 * 1024**2


def idle(n: int, rate: float = 100.0, tokens: int = 16) -> RateSample:
    """A stretch where every thread had a core: CPU time = threads x wall time."""
    wall = tokens / rate
    return RateSample(n, tokens, wall, wall * n)


def crowded(n: int, rate: float, share: float = 0.6, tokens: int = 16) -> RateSample:
    wall = tokens / rate
    return RateSample(n, tokens, wall, wall * n * share)


def test_an_idle_machine_keeps_the_start_count() -> None:
    policy = ThreadPolicy(2)
    for _ in range(50):
        assert policy.record(idle(2)).n_threads == 2
    assert policy.choice.reason == "default for this machine"


def test_threads_crowded_out_by_another_program_step_down() -> None:
    policy = ThreadPolicy(4)
    choice = policy.record(crowded(4, rate=20.0))
    assert choice.n_threads == 3 and "other programs are using the CPU" in choice.reason
    assert policy.record(crowded(3, rate=20.0)).n_threads == 2


def test_a_rate_collapse_steps_down_even_when_cpu_time_looks_fine() -> None:
    policy = ThreadPolicy(2)
    policy.record(idle(2, rate=100.0))
    choice = policy.record(idle(2, rate=30.0))
    assert choice.n_threads == 1 and "slowed to 30 tokens/s with 2 (best 100)" in choice.reason


def test_short_stretches_are_not_judged() -> None:
    policy = ThreadPolicy(2)
    assert policy.record(crowded(2, rate=5.0, tokens=2)).n_threads == 2


def test_it_probes_upward_and_returns_when_the_load_is_gone() -> None:
    policy = ThreadPolicy(2)
    policy.record(idle(2, rate=100.0))
    policy.record(crowded(2, rate=7.0))  # a busy program appears
    assert policy.choice.n_threads == 1
    decisions = [
        policy.record(idle(1, rate=60.0)).n_threads for _ in range(ThreadPolicy.PROBE_AFTER)
    ]
    assert decisions[:-1] == [1] * (ThreadPolicy.PROBE_AFTER - 1) and decisions[-1] == 2
    assert "trying 2 threads" in policy.choice.reason and policy.probing
    choice = policy.record(idle(2, rate=100.0))  # the program has ended
    assert choice.n_threads == 2 and "machine free again" in choice.reason
    assert policy.record(idle(2, rate=100.0)).n_threads == 2


def test_failed_probes_wait_longer_each_time() -> None:
    policy = ThreadPolicy(2)
    policy.record(idle(2, rate=100.0))
    policy.record(crowded(2, rate=7.0))
    waits = []
    for _ in range(4):
        stretches = 0
        while policy.record(idle(1, rate=36.0)).n_threads == 1:
            stretches += 1
        waits.append(stretches + 1)
        assert "machine still busy" in policy.record(crowded(2, rate=7.0)).reason
        assert policy.choice.n_threads == 1
    assert waits == [8, 16, 32, 64]


def test_a_probe_slower_than_fewer_threads_goes_back_down() -> None:
    policy = ThreadPolicy(2)  # started under load: no idle rate known for two threads
    policy.record(crowded(2, rate=7.0))
    for _ in range(ThreadPolicy.PROBE_AFTER):
        policy.record(idle(1, rate=36.0))
    assert policy.choice.n_threads == 2
    # the probe got its CPU time but was slower than one thread: still contended
    assert policy.record(idle(2, rate=20.0)).n_threads == 1


def test_a_count_set_in_settings_never_changes() -> None:
    policy = ThreadPolicy(3, fixed=True)
    assert policy.record(crowded(3, rate=1.0)).n_threads == 3
    assert policy.choice.reason == "set in Settings"


def _proc_stat(busy: int, idle: int, cpus: int = 2) -> str:
    per_cpu = "".join(f"\ncpu{i} 0 0 0 0 0 0 0 0 0 0" for i in range(cpus))
    return f"cpu  {busy} 0 0 {idle} 0 0 0 0 0 0{per_cpu}\nintr 1 2 3"


def test_other_programs_load_is_the_machines_busy_time_less_this_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ticks = machine.os.sysconf("SC_CLK_TCK")
    own = iter(
        [machine.os.times_result((1.0, 0.0, 0, 0, 0)), machine.os.times_result((2.0, 0.0, 0, 0, 0))]
    )
    monkeypatch.setattr(machine.os, "times", lambda: next(own))
    # 4 s of wall time on 2 CPUs: 6 s busy, of which 1 s was this process -> 5 s / 4 s
    stats = iter([_proc_stat(0, 0), _proc_stat(6 * ticks, 2 * ticks)])
    monkeypatch.setattr(machine, "_read_proc_stat", lambda: next(stats))
    with OtherProgramsLoad() as load:
        pass
    assert load.cpus == pytest.approx(1.25)


def test_other_programs_load_is_unknown_without_proc_stat(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(machine, "_read_proc_stat", lambda: None)
    with OtherProgramsLoad() as load:
        pass
    assert load.cpus is None


def test_a_busy_machine_starts_with_the_cores_left_and_tries_more_later(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(machine, "logical_cores", lambda: 2)
    assert threads_beside(None, 2) is None and threads_beside(0.3, 2) is None
    begin = threads_beside(1.8, 2)
    assert begin is not None and begin.n_threads == 1 and "1.8 cores busy" in begin.reason
    policy = ThreadPolicy(2, begin=begin)
    assert policy.choice == begin
    for _ in range(ThreadPolicy.PROBE_AFTER):
        policy.record(idle(1, rate=36.0))
    assert policy.choice.n_threads == 2 and policy.probing
    assert ThreadPolicy(2, fixed=True, begin=ThreadChoice(1, "busy")).choice.n_threads == 2
