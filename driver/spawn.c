/*
 * spawn.c - running other programs (the linker, compiled programs, node).
 *
 * Always an argument vector through posix_spawnp, never a shell string, so no
 * path or argument is ever re-parsed. Under -v each command is echoed first,
 * quoted so it can be pasted back into a shell.
 */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "driver.h"

extern char **environ;

static void echo_command(char *const argv[]) {
  for (int i = 0; argv[i]; i++) {
    const char *a = argv[i];
    bool plain = *a != '\0' && strspn(a, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                         "0123456789-_./=:+,@%") == strlen(a);
    fputs(i ? " " : "", stderr);
    if (plain) {
      fputs(a, stderr);
    } else {
      fputc('\'', stderr);
      for (; *a; a++) {
        if (*a == '\'') fputs("'\\''", stderr);
        else fputc(*a, stderr);
      }
      fputc('\'', stderr);
    }
  }
  fputc('\n', stderr);
}

int kiln_spawn(char *const argv[], bool verbose, bool quiet_stderr) {
  if (verbose) echo_command(argv);
  fflush(stdout);
  fflush(stderr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  FILE *captured = NULL;
  if (quiet_stderr) {
    captured = tmpfile();
    if (captured) posix_spawn_file_actions_adddup2(&actions, fileno(captured), 2);
  }

  pid_t pid;
  int err = posix_spawnp(&pid, argv[0], &actions, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (err) {
    fprintf(stderr, "kiln: error: cannot run '%s': %s\n", argv[0], strerror(err));
    if (captured) fclose(captured);
    return -1;
  }

  int status;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      fprintf(stderr, "kiln: error: waiting for '%s': %s\n", argv[0], strerror(errno));
      if (captured) fclose(captured);
      return -1;
    }
  }
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);

  if (captured) {
    if (code != 0 || verbose) {
      char buf[4096];
      size_t n;
      rewind(captured);
      while ((n = fread(buf, 1, sizeof buf, captured)) > 0) fwrite(buf, 1, n, stderr);
    }
    fclose(captured);
  }
  return code;
}

int kiln_exec(char *const argv[], bool verbose) {
  if (verbose) echo_command(argv);
  fflush(stdout);
  fflush(stderr);
  execv(argv[0], argv);
  fprintf(stderr, "kiln: error: cannot run '%s': %s\n", argv[0], strerror(errno));
  return 127;
}
