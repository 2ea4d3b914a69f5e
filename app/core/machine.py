"""Facts about this machine in one place: memory, cores, and how many threads llama.cpp gets.

:func:`default_thread_count` is where a model starts; :class:`ThreadPolicy` then adapts the count
while it runs, because a desktop app never has the machine to itself. Measured on a 2-core
machine (SmolLM2-135M, ``python -m tests.bench.threads``): two threads decode about 1.5x faster
than one when the machine is idle, but with one other busy process the two threads keep waiting on
a descheduled sibling and decode several times *slower* than one thread. So no fixed count is right:
start with every core on small machines (one per physical core on bigger ones) and step down when
other programs take cores, then step back up when they are gone.

Everything here is pure or reads the OS only; nothing imports llama.cpp or Qt.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path


def total_memory_bytes() -> int | None:
    """This machine's physical memory, or None where it cannot be found."""
    if sys.platform == "win32":
        import ctypes

        class _MemoryStatus(ctypes.Structure):
            _fields_ = [
                ("dwLength", ctypes.c_ulong),
                ("dwMemoryLoad", ctypes.c_ulong),
                ("ullTotalPhys", ctypes.c_ulonglong),
                ("ullAvailPhys", ctypes.c_ulonglong),
                ("ullTotalPageFile", ctypes.c_ulonglong),
                ("ullAvailPageFile", ctypes.c_ulonglong),
                ("ullTotalVirtual", ctypes.c_ulonglong),
                ("ullAvailVirtual", ctypes.c_ulonglong),
                ("ullAvailExtendedVirtual", ctypes.c_ulonglong),
            ]

        status = _MemoryStatus()
        status.dwLength = ctypes.sizeof(_MemoryStatus)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
            return int(status.ullTotalPhys)
        return None
    try:
        pages = os.sysconf("SC_PHYS_PAGES")
        page_size = os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None
    return pages * page_size if pages > 0 and page_size > 0 else None


def logical_cores() -> int:
    """CPUs this process may run on (its affinity mask where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        allowed = len(os.sched_getaffinity(0))
        if allowed:
            return allowed
    return os.cpu_count() or 1


def _read_cpuinfo() -> str | None:
    try:
        return Path("/proc/cpuinfo").read_text()
    except OSError:
        return None


def physical_cores() -> int | None:
    """Distinct physical cores (Linux ``/proc/cpuinfo``); None where that cannot be told."""
    text = _read_cpuinfo()
    if text is None:
        return None
    cores = set()
    for block in text.split("\n\n"):
        fields = dict(
            (key.strip(), value.strip())
            for key, _, value in (line.partition(":") for line in block.splitlines())
        )
        if "physical id" in fields and "core id" in fields:
            cores.add((fields["physical id"], fields["core id"]))
    return len(cores) or None


SMALL_MACHINE_CORES = 4


def default_thread_count() -> int:
    """Threads a model starts with; :class:`ThreadPolicy` lowers it while other programs are busy.

    Small machines (up to four logical CPUs) use every one: on two cores that is 1.5x the speed of
    one thread when idle, and the policy steps down within a few tokens when it is not. Bigger
    machines use one thread per physical core (hyper-threads do not help matrix work), never more
    than the CPUs this process may use.
    """
    logical = logical_cores()
    if logical <= SMALL_MACHINE_CORES:
        return logical
    return max(1, min(logical, physical_cores() or logical // 2))


def _read_proc_stat() -> str | None:
    try:
        return Path("/proc/stat").read_text()
    except OSError:
        return None


class OtherProgramsLoad:
    """How many CPUs other programs kept busy while a block ran (Linux ``/proc/stat``).

    Used around a model load, which costs nothing extra: the machine's busy CPU time over the
    block, less this process's own (:func:`os.times`), over the block's length. :attr:`cpus` is
    None where the OS does not tell (or the block was too short to measure).
    """

    def __init__(self) -> None:
        self.cpus: float | None = None
        self._start: tuple[int, int, float, int] | None = None

    @staticmethod
    def _snapshot() -> tuple[int, int, float, int] | None:
        """Busy and total clock ticks of every CPU together, this process's CPU seconds, and
        the number of CPUs."""
        text = _read_proc_stat()
        if not text or not text.startswith("cpu "):
            return None
        lines = text.splitlines()
        try:
            ticks = [int(v) for v in lines[0].split()[1:]]
        except ValueError:
            return None
        own = os.times()
        idle = sum(ticks[3:5])  # idle, iowait
        total = sum(ticks[:8])  # user nice system idle iowait irq softirq steal
        cpus = sum(1 for line in lines if line.startswith("cpu") and line[3:4].isdigit())
        return total - idle, total, own.user + own.system, cpus

    def __enter__(self) -> OtherProgramsLoad:
        self._start = self._snapshot()
        return self

    def __exit__(self, *_exc: object) -> None:
        end = self._snapshot()
        if self._start is None or end is None:
            return
        busy, total = end[0] - self._start[0], end[1] - self._start[1]
        own_ticks = (end[2] - self._start[2]) * os.sysconf("SC_CLK_TCK")
        if total <= 0 or end[3] <= 0:
            return
        self.cpus = max(0.0, busy - own_ticks) / (total / end[3])


def threads_beside(other_cpus: float | None, start: int) -> ThreadChoice | None:
    """Where a model starts when other programs already keep ``other_cpus`` CPUs busy.

    Threads that share a core with a busy program wait for each other (several times slower
    than fewer threads), so a model loaded on a busy machine starts with the cores left free;
    :class:`ThreadPolicy` then tries more once the machine calms down. None: start as usual.
    """
    if other_cpus is None:
        return None
    free = logical_cores() - round(other_cpus)
    if free >= start:
        return None
    n = max(1, free)
    return ThreadChoice(n, f"other programs are using the CPU ({other_cpus:.1f} cores busy)")


@dataclass(frozen=True)
class ThreadChoice:
    """How many threads to use next, and why (shown in the message stats)."""

    n_threads: int
    reason: str


@dataclass(frozen=True)
class RateSample:
    """What one stretch of decoding measured: tokens, wall seconds and the process's CPU seconds."""

    n_threads: int
    tokens: int
    wall_s: float
    cpu_s: float

    @property
    def rate(self) -> float:
        return self.tokens / self.wall_s if self.wall_s > 0 else 0.0

    @property
    def cpu_share(self) -> float:
        """CPU time per thread per second: near 1 when every thread had a core to itself."""
        return self.cpu_s / (self.wall_s * self.n_threads) if self.wall_s > 0 else 1.0


class ThreadPolicy:
    """Chooses the thread count from measured decode rates. Pure: it never reads a clock.

    The engine feeds it a :class:`RateSample` every few tokens (:meth:`record`) and applies
    :attr:`choice` before the next stretch. A stretch is *contended* when its threads got much less
    CPU than they asked for (another program holds a core), or when its rate fell far below the
    best this thread count ever reached here (the best is what it does when the machine is idle).
    A contended stretch moves one thread down. Below the start count, it tries one thread more
    now and then, for a short stretch (:attr:`probing`); the wait between tries doubles each time
    the machine is still busy, so a lasting load costs little, and it resets once a try succeeds.
    """

    MIN_TOKENS = 4  # fewer tokens measure too little to judge
    BUSY_SHARE = 0.75  # threads that got less CPU than this share of their time were crowded out
    SLOW = 0.5  # a rate below this share of the best seen at the same count is a collapse
    PROBE_AFTER = 8  # stretches at a lowered count before trying one thread more
    MAX_PROBE_AFTER = 256

    def __init__(
        self, start: int, *, fixed: bool = False, begin: ThreadChoice | None = None
    ) -> None:
        """``begin``: a lower count to start at (:func:`threads_beside`); ignored when fixed."""
        self.start = max(1, start)
        self.fixed = fixed
        reason = "set in Settings" if fixed else "default for this machine"
        self.choice = ThreadChoice(self.start, reason)
        if begin is not None and not fixed and begin.n_threads < self.start:
            self.choice = ThreadChoice(max(1, begin.n_threads), begin.reason)
        self.best: dict[int, float] = {}
        self._probing = False
        self._since_change = 0
        self._probe_after = self.PROBE_AFTER

    @property
    def probing(self) -> bool:
        """The next stretch tries one thread more; keep it short (:attr:`MIN_TOKENS`)."""
        return self._probing

    def record(self, sample: RateSample) -> ThreadChoice:
        """Take one stretch's measurement into account; returns the choice for the next one."""
        if self.fixed or sample.tokens < self.MIN_TOKENS or sample.wall_s <= 0:
            return self.choice
        n, rate = sample.n_threads, sample.rate
        best = max(self.best.get(n, 0.0), rate)
        self.best[n] = best
        crowded = sample.cpu_share < self.BUSY_SHARE
        collapsed = rate < self.SLOW * best
        slower_than_fewer = rate < self.best.get(n - 1, 0.0)
        self._since_change += 1
        if self._probing:
            self._probing = False
            if crowded or collapsed or slower_than_fewer:
                self._probe_after = min(self._probe_after * 2, self.MAX_PROBE_AFTER)
                return self._move(n - 1, f"machine still busy ({rate:.0f} tokens/s with {n})")
            self._probe_after = self.PROBE_AFTER
            return self._move(n, f"machine free again ({rate:.0f} tokens/s with {n})")
        if n > 1 and (crowded or collapsed):
            why = (
                f"other programs are using the CPU ({sample.cpu_share:.0%} of {n} threads' time)"
                if crowded
                else f"decoding slowed to {rate:.0f} tokens/s with {n} (best {best:.0f})"
            )
            return self._move(n - 1, why)
        if n < self.start and self._since_change >= self._probe_after:
            self._probing = True
            return self._move(n + 1, f"trying {n + 1} threads: the machine may be free again")
        return self.choice

    def _move(self, n: int, reason: str) -> ThreadChoice:
        self._since_change = 0
        self.choice = ThreadChoice(max(1, min(self.start, n)), reason)
        return self.choice
