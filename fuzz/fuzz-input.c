/* fuzz-input.c: any text typed into a time, length or e-mail field
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nv-input.h"
#include "nv-util.h"

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GError) error = NULL;
  int minutes = -1;

  if (nv_parse_duration (text, &minutes, &error))
    {
      g_autofree char *shown = nv_format_duration_short (minutes);
      int again = -1;

      g_assert (minutes >= 0 && minutes <= NV_MINUTES_PER_DAY);
      g_assert (nv_parse_duration (shown, &again, NULL) && again == minutes);
    }
  else
    g_assert (error != NULL);
  g_clear_error (&error);

  if (nv_parse_clock_time (text, &minutes, &error))
    g_assert (minutes >= 0 && minutes < NV_MINUTES_PER_DAY);
  else
    g_assert (error != NULL);

  (void) nv_email_is_valid (text);
  return 0;
}
