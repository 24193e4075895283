"""The matrix arithmetic spaCy's models run on.

thinc multiplies matrices through blis unless told otherwise. The blis wheels pip installs (1.3) fall back to
their generic reference kernels on processors they do not recognise: on the project's machine, an AMD EPYC,
``BLIS_ARCH_DEBUG=1`` prints "selecting sub-configuration 'generic'", and a 5,000 x 288 by 288 x 288 product takes
three times as long as numpy's, whose OpenBLAS picks its kernels for the processor at run time. Models built inside
``numpy_matmul()`` multiply through numpy instead. On 7,348 paragraphs of the gold reports (346,534 tokens) every
tag, parse and name came out the same either way, in half the time (docs/benchmarks.md).

numpy's OpenBLAS starts a thread per core for each large product; extraction already spreads its work over two
processes (reading.processes), and two processes of two threads each on two cores ran the 100,000-word benchmark
at 3,482 words/s against 4,516 with one thread each. A process that loads the models keeps to one.
"""

from __future__ import annotations

from contextlib import AbstractContextManager


def numpy_matmul() -> AbstractContextManager:
    """A context in which the spaCy models built (loaded or made blank) multiply matrices through numpy; the
    models keep it after the context ends, nothing else is changed."""
    from thinc.api import use_ops

    return use_ops("numpy", use_blis=False)


def one_blas_thread() -> None:
    """numpy's matrix products in this process (and the processes it forks from now on) run on one thread."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
