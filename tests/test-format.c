/* test-format.c: dates, times and durations in English and Danish
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "nv-format.h"
#include "nv-test-util.h"
#include "nv-util.h"

typedef struct
{
  int         minutes;
  const char *english;
  const char *danish;
} DurationCase;

static const DurationCase durations[] = {
  { 160, "2 hours 40 minutes", "2 timer og 40 minutter" },
  { 170, "2 hours 50 minutes", "2 timer og 50 minutter" },
  { 60, "1 hour", "1 time" },
  { 61, "1 hour 1 minute", "1 time og 1 minut" },
  { 45, "45 minutes", "45 minutter" },
  { 1, "1 minute", "1 minut" },
  { 0, "0 minutes", "0 minutter" },
  { 150, "2 hours 30 minutes", "2 timer og 30 minutter" },
};

static void
test_english (void)
{
  g_autofree char *when = NULL, *date = NULL, *time = NULL, *short_date = NULL;

  g_assert_true (nv_test_use_locale ("C.UTF-8", "en"));

  when = nv_format_when (nv_date_from_ymd (2015, 4, 21), 15 * 60);
  date = nv_format_date_long (nv_date_from_ymd (2015, 4, 21));
  short_date = nv_format_date_short (nv_date_from_ymd (2027, 3, 2));
  time = nv_format_clock_time (11 * 60 + 5);
  g_assert_cmpstr (when, ==, "Tuesday 21 April 2015 at 15:00");
  g_assert_cmpstr (date, ==, "Tuesday 21 April 2015");
  g_assert_cmpstr (short_date, ==, "2 Mar 2027");
  {
    g_autofree char *when_short = nv_format_when_short (nv_date_from_ymd (2027, 2, 10), 13 * 60);
    g_assert_cmpstr (when_short, ==, "10 Feb 2027, 13:00");
  }
  g_assert_cmpstr (time, ==, "11:05");

  for (guint i = 0; i < G_N_ELEMENTS (durations); i++)
    {
      g_autofree char *text = nv_format_duration (durations[i].minutes);
      g_assert_cmpstr (text, ==, durations[i].english);
    }
}

/* Seed 004's date line: "Tirsdag d. 21. april 2015 kl. 15:00"; Danish
 * writes clock times with a full stop. */
static void
test_danish (void)
{
  g_autofree char *when = NULL, *date = NULL, *time = NULL, *short_date = NULL;

  if (!nv_test_use_danish ())
    return;

  when = nv_format_when (nv_date_from_ymd (2015, 4, 21), 15 * 60);
  date = nv_format_date_long (nv_date_from_ymd (2015, 4, 21));
  short_date = nv_format_date_short (nv_date_from_ymd (2027, 3, 2));
  time = nv_format_clock_time (11 * 60 + 5);
  g_assert_cmpstr (when, ==, "tirsdag d. 21. april 2015 kl. 15.00");
  g_assert_cmpstr (date, ==, "tirsdag d. 21. april 2015");
  /* Abbreviations end in a full stop, names that are short already not */
  g_assert_cmpstr (short_date, ==, "2. mar. 2027");
  {
    g_autofree char *when_short = nv_format_when_short (nv_date_from_ymd (2027, 2, 10), 13 * 60);
    g_autofree char *may = nv_format_date_short (nv_date_from_ymd (2027, 5, 21));
    g_assert_cmpstr (when_short, ==, "10. feb. 2027 kl. 13.00");
    g_assert_cmpstr (may, ==, "21. maj 2027");
  }
  g_assert_cmpstr (time, ==, "11.05");

  for (guint i = 0; i < G_N_ELEMENTS (durations); i++)
    {
      g_autofree char *text = nv_format_duration (durations[i].minutes);
      g_assert_cmpstr (text, ==, durations[i].danish);
    }

  nv_test_use_locale ("C.UTF-8", "en");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("NETVAERK_LOCALEDIR");

  g_test_init (&argc, &argv, NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/format/english", test_english);
  g_test_add_func ("/format/danish", test_danish);

  return g_test_run ();
}
