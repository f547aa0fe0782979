/* nv-fuzz.c: what every harness shares
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib.h>

/* A critical is a broken promise inside the core (a setter given a value
 * it cannot keep); libFuzzer only notices it if it aborts. */
int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}
