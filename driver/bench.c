/*
 * bench.c - `kiln bench app.js`: the program compiled by kiln (-O2 unless
 * told otherwise) against `node` (JIT) and `node --jitless` (interpreter).
 *
 * Each contender runs --runs times (default 5) with stdout captured; the
 * outputs must agree, so a benchmark that computes the wrong answer fast
 * does not count. Reported: median wall-clock milliseconds of the whole
 * process (start-up included, as a user experiences it) and the ratios.
 */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "driver.h"

extern char **environ;

/* Runs argv with stdout to [out_path]; returns wall ms, or -1 on failure. */
static double timed_run(char *const argv[], const char *out_path) {
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, out_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  pid_t pid;
  int err = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  if (err) {
    fprintf(stderr, "kiln: error: cannot run '%s': %s\n", argv[0], strerror(err));
    return -1;
  }
  int status;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  clock_gettime(CLOCK_MONOTONIC, &t1);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fprintf(stderr, "kiln: error: '%s' failed (status %d)\n", argv[0], status);
    return -1;
  }
  return (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return strdup("");
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  rewind(f);
  char *s = malloc((size_t)n + 1);
  size_t got = fread(s, 1, (size_t)n, f);
  s[got] = '\0';
  fclose(f);
  return s;
}

int kiln_bench(const KilnOptions *opts) {
  char exe[] = "/tmp/kiln-bench-XXXXXX";
  int fd = mkstemp(exe);
  if (fd < 0) return 1;
  close(fd);
  KilnOptions build = *opts;
  build.command = KILN_CMD_BUILD;
  build.emit = KILN_EMIT_EXE;
  if (kiln_compile(&build, exe) != 0) {
    unlink(exe);
    return 1;
  }

  char out_path[] = "/tmp/kiln-bench-out-XXXXXX";
  fd = mkstemp(out_path);
  if (fd < 0) return 1;
  close(fd);

  char *input = (char *)opts->input;
  char *kiln_argv[] = {exe, NULL};
  char *node_argv[] = {"node", input, NULL};
  char *jitless_argv[] = {"node", "--jitless", input, NULL};
  struct { const char *name; char **argv; double median; char *output; } who[] = {
    {"kiln", kiln_argv, 0, NULL},
    {"node", node_argv, 0, NULL},
    {"node --jitless", jitless_argv, 0, NULL},
  };
  int runs = opts->bench_runs, rc = 0;
  double *times = calloc((size_t)runs, sizeof *times);
  for (int w = 0; w < 3 && rc == 0; w++) {
    for (int r = 0; r < runs; r++) {
      times[r] = timed_run(who[w].argv, out_path);
      if (times[r] < 0) { rc = 1; break; }
      if (r == 0) who[w].output = slurp(out_path);
    }
    if (rc) break;
    qsort(times, (size_t)runs, sizeof *times, cmp_double);
    who[w].median = runs % 2 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
  }
  if (rc == 0) {
    for (int w = 1; w < 3; w++)
      if (strcmp(who[0].output, who[w].output) != 0) {
        fprintf(stderr, "kiln: error: output of the kiln executable differs from %s's\n", who[w].name);
        rc = 1;
      }
    printf("%-24s %10s %10s %16s %10s %14s\n", "program", "kiln ms", "node ms", "jitless ms",
           "node/kiln", "jitless/kiln");
    const char *base = strrchr(input, '/');
    printf("%-24s %10.1f %10.1f %16.1f %9.2fx %13.2fx\n", base ? base + 1 : input, who[0].median,
           who[1].median, who[2].median, who[1].median / who[0].median,
           who[2].median / who[0].median);
  }
  for (int w = 0; w < 3; w++) free(who[w].output);
  free(times);
  unlink(out_path);
  unlink(exe);
  return rc;
}
