/* test-input.c: what users type for times and durations
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "nv-input.h"

typedef struct
{
  const char *text;
  int         minutes;  /* -1: refused */
  int         error;
} Case;

static void
test_durations (void)
{
  static const Case cases[] = {
    { "15", 15 }, { "ca. 15 min.", 15 }, { "  45 ", 45 }, { "0", 0 },
    { "1:30", 90 }, { "1.30", 90 }, { "2:05", 125 },
    { "1 t 30 min", 90 }, { "1 h 30 min", 90 }, { "1t30m", 90 }, { "1h", 60 },
    { "2 timer og 40 minutter", 160 }, { "2 hours 40 minutes", 160 }, { "1 time", 60 },
    { "90 minutter", 90 }, { "ca. 1 time og 40 min", 100 }, { "24 h", 1440 },
    { "-5", -1, NV_INPUT_ERROR_OUT_OF_RANGE },
    { "abc", -1, NV_INPUT_ERROR_INVALID },
    { "25:99", -1, NV_INPUT_ERROR_INVALID },
    { "30 h", -1, NV_INPUT_ERROR_OUT_OF_RANGE },
    { "1800", -1, NV_INPUT_ERROR_OUT_OF_RANGE },
    { "99999999999", -1, NV_INPUT_ERROR_INVALID },
    { "", -1, NV_INPUT_ERROR_INVALID },
    { "   ", -1, NV_INPUT_ERROR_INVALID },
    { "1:3", -1, NV_INPUT_ERROR_INVALID },
    { "15 kg", -1, NV_INPUT_ERROR_INVALID },
    { "1,5 t", -1, NV_INPUT_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      int minutes = 12345;
      gboolean ok = nv_parse_duration (cases[i].text, &minutes, &error);

      if (cases[i].minutes >= 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpint (minutes, ==, cases[i].minutes);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, NV_INPUT_ERROR, cases[i].error);
          g_assert_cmpint (minutes, ==, 12345);
          g_assert_cmpstr (error->message, !=, "");
        }
    }
}

static void
test_clock_times (void)
{
  static const Case cases[] = {
    { "15.00", 900 }, { "15:00", 900 }, { "9.30", 570 }, { "09:30", 570 }, { "15", 900 },
    { "1500", 900 }, { "0", 0 }, { "23.59", 1439 }, { " 8.05 ", 485 },
    { "24.00", -1, NV_INPUT_ERROR_OUT_OF_RANGE }, { "12.60", -1, NV_INPUT_ERROR_OUT_OF_RANGE },
    { "2500", -1, NV_INPUT_ERROR_OUT_OF_RANGE }, { "12.5", -1, NV_INPUT_ERROR_INVALID },
    { "noon", -1, NV_INPUT_ERROR_INVALID }, { "", -1, NV_INPUT_ERROR_INVALID },
    { "-1", -1, NV_INPUT_ERROR_INVALID }, { "123", -1, NV_INPUT_ERROR_INVALID },
    { "12:00 pm", -1, NV_INPUT_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      int minutes = 12345;
      gboolean ok = nv_parse_clock_time (cases[i].text, &minutes, &error);

      if (cases[i].minutes >= 0)
        {
          g_assert_no_error (error);
          g_assert_cmpint (minutes, ==, cases[i].minutes);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, NV_INPUT_ERROR, cases[i].error);
          g_assert_cmpint (minutes, ==, 12345);
        }
    }
}

/* What a duration field shows, it reads back */
static void
test_duration_round_trip (void)
{
  for (int minutes = 0; minutes <= 1440; minutes++)
    {
      g_autofree char *text = nv_format_duration_short (minutes);
      int back = -1;

      g_assert_true (nv_parse_duration (text, &back, NULL));
      g_assert_cmpint (back, ==, minutes);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/input/durations", test_durations);
  g_test_add_func ("/input/clock-times", test_clock_times);
  g_test_add_func ("/input/duration-round-trip", test_duration_round_trip);

  return g_test_run ();
}
