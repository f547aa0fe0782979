/* test-schedule.c: planning a series of meetings ahead
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "nv-enums.h"
#include "nv-holidays.h"
#include "nv-meeting.h"
#include "nv-schedule.h"
#include "nv-util.h"

#define YMD(y, m, d) nv_date_from_ymd (y, m, d)

static NvScheduleOptions
options_from (guint     first_date,
              NvCadence cadence,
              guint     interval,
              guint     count)
{
  NvScheduleOptions options = {
    .first_date = first_date,
    .count = count,
    .cadence = cadence,
    .interval = interval,
    .start = 15 * 60,
    .alternate_start = -1,
    .length = 150,
    .first_number = 1,
  };

  return options;
}

static void
assert_dates (GPtrArray   *meetings,
              const guint *dates,
              guint        n_dates)
{
  g_assert_nonnull (meetings);
  g_assert_cmpuint (meetings->len, ==, n_dates);
  for (guint i = 0; i < n_dates; i++)
    {
      g_autofree char *got = nv_date_to_iso (nv_meeting_get_date (g_ptr_array_index (meetings, i)));
      g_autofree char *expected = nv_date_to_iso (dates[i]);

      g_assert_cmpstr (got, ==, expected);
    }
}

/* Every fourth week, across New Year and the change to summer time:
 * the clock time stays */
static void
test_weeks (void)
{
  NvScheduleOptions options = options_from (YMD (2026, 11, 24), NV_CADENCE_WEEKS, 4, 6);
  const guint dates[] = {
    YMD (2026, 11, 24), YMD (2026, 12, 22), YMD (2027, 1, 19), YMD (2027, 2, 16), YMD (2027, 3, 16), YMD (2027, 4, 13),
  };
  g_autoptr(GPtrArray) meetings = nv_schedule_meetings (&options, NULL);

  assert_dates (meetings, dates, G_N_ELEMENTS (dates));
  for (guint i = 0; i < meetings->len; i++)
    {
      NvMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *title = g_strdup_printf ("Network meeting %u", i + 1);

      g_assert_cmpstr (nv_meeting_get_title (meeting), ==, title);
      g_assert_cmpint (nv_meeting_get_start (meeting), ==, 15 * 60);
      g_assert_cmpint (nv_meeting_get_duration (meeting), ==, 150);
      g_assert_cmpint (nv_meeting_get_kind (meeting), ==, NV_MEETING_KIND_REGULAR);
      g_assert_nonnull (nv_record_get_id (NV_RECORD (meeting)));
    }
}

/* Easter 2027: Maundy Thursday, Good Friday, the weekend and Easter
 * Monday are passed over */
static void
test_days_off (void)
{
  NvScheduleOptions options = options_from (YMD (2027, 3, 18), NV_CADENCE_WEEKS, 1, 4);
  const guint dates[] = { YMD (2027, 3, 18), YMD (2027, 3, 30), YMD (2027, 4, 1), YMD (2027, 4, 8) };
  const guint unskipped[] = { YMD (2027, 3, 18), YMD (2027, 3, 25), YMD (2027, 4, 1), YMD (2027, 4, 8) };
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) plain = NULL;

  plain = nv_schedule_meetings (&options, NULL);
  assert_dates (plain, unskipped, G_N_ELEMENTS (unskipped));

  options.skip_days_off = TRUE;
  meetings = nv_schedule_meetings (&options, NULL);
  assert_dates (meetings, dates, G_N_ELEMENTS (dates));
}

/* The second Tuesday of each month; a fifth Tuesday becomes the last */
static void
test_monthly_weekday (void)
{
  NvScheduleOptions options = options_from (YMD (2026, 12, 8), NV_CADENCE_MONTHLY_WEEKDAY, 0, 5);
  const guint second_tuesdays[] = {
    YMD (2026, 12, 8), YMD (2027, 1, 12), YMD (2027, 2, 9), YMD (2027, 3, 9), YMD (2027, 4, 13),
  };
  const guint last_tuesdays[] = { YMD (2027, 3, 30), YMD (2027, 4, 27), YMD (2027, 5, 25), YMD (2027, 6, 29) };
  g_autoptr(GPtrArray) meetings = nv_schedule_meetings (&options, NULL);
  g_autoptr(GPtrArray) last = NULL;

  assert_dates (meetings, second_tuesdays, G_N_ELEMENTS (second_tuesdays));

  options = options_from (YMD (2027, 3, 30), NV_CADENCE_MONTHLY_WEEKDAY, 0, 4);
  last = nv_schedule_meetings (&options, NULL);
  assert_dates (last, last_tuesdays, G_N_ELEMENTS (last_tuesdays));
}

/* Four a year: thirteen weeks apart, on the same weekday */
static void
test_per_year (void)
{
  NvScheduleOptions options = options_from (YMD (2027, 1, 5), NV_CADENCE_PER_YEAR, 4, 4);
  const guint dates[] = { YMD (2027, 1, 5), YMD (2027, 4, 6), YMD (2027, 7, 6), YMD (2027, 10, 5) };
  g_autoptr(GPtrArray) meetings = nv_schedule_meetings (&options, NULL);

  assert_dates (meetings, dates, G_N_ELEMENTS (dates));
}

/* Until an end date, the end date included */
static void
test_end_date (void)
{
  NvScheduleOptions options = options_from (YMD (2027, 1, 5), NV_CADENCE_WEEKS, 2, 0);
  const guint dates[] = { YMD (2027, 1, 5), YMD (2027, 1, 19), YMD (2027, 2, 2), YMD (2027, 2, 16), YMD (2027, 3, 2) };
  g_autoptr(GPtrArray) meetings = NULL;

  options.end_date = YMD (2027, 3, 2);
  meetings = nv_schedule_meetings (&options, NULL);
  assert_dates (meetings, dates, G_N_ELEMENTS (dates));
}

/* Seed 000: daytime and evening meetings by turns */
static void
test_alternating_start (void)
{
  NvScheduleOptions options = options_from (YMD (2027, 1, 5), NV_CADENCE_WEEKS, 4, 4);
  g_autoptr(GPtrArray) meetings = NULL;

  options.alternate_start = 19 * 60;
  meetings = nv_schedule_meetings (&options, NULL);
  g_assert_cmpint (nv_meeting_get_start (g_ptr_array_index (meetings, 0)), ==, 15 * 60);
  g_assert_cmpint (nv_meeting_get_start (g_ptr_array_index (meetings, 1)), ==, 19 * 60);
  g_assert_cmpint (nv_meeting_get_start (g_ptr_array_index (meetings, 2)), ==, 15 * 60);
  g_assert_cmpint (nv_meeting_get_start (g_ptr_array_index (meetings, 3)), ==, 19 * 60);
}

/* A year of monthly meetings with an evaluation half-way and a closing
 * meeting at the end, numbered on from the existing meetings */
static void
test_evaluation_and_closing (void)
{
  NvScheduleOptions options = options_from (YMD (2027, 1, 12), NV_CADENCE_MONTHLY_WEEKDAY, 0, 12);
  g_autoptr(GPtrArray) meetings = NULL;

  options.evaluation = TRUE;
  options.closing = TRUE;
  options.first_number = 3;
  meetings = nv_schedule_meetings (&options, NULL);

  g_assert_cmpuint (meetings->len, ==, 12);
  g_assert_cmpstr (nv_meeting_get_title (g_ptr_array_index (meetings, 0)), ==, "Network meeting 3");
  g_assert_cmpstr (nv_meeting_get_title (g_ptr_array_index (meetings, 5)), ==, "Network meeting 8");
  g_assert_cmpint (nv_meeting_get_kind (g_ptr_array_index (meetings, 6)), ==, NV_MEETING_KIND_EVALUATION);
  g_assert_cmpuint (nv_meeting_get_date (g_ptr_array_index (meetings, 6)), ==, YMD (2027, 7, 13));
  g_assert_cmpstr (nv_meeting_get_title (g_ptr_array_index (meetings, 6)), ==, "Evaluation meeting");
  /* The regular meetings are numbered among themselves */
  g_assert_cmpstr (nv_meeting_get_title (g_ptr_array_index (meetings, 7)), ==, "Network meeting 9");
  g_assert_cmpstr (nv_meeting_get_title (g_ptr_array_index (meetings, 10)), ==, "Network meeting 12");
  g_assert_cmpint (nv_meeting_get_kind (g_ptr_array_index (meetings, 11)), ==, NV_MEETING_KIND_CLOSING);
  g_assert_cmpstr (nv_meeting_get_title (g_ptr_array_index (meetings, 11)), ==, "Closing meeting");
  for (guint i = 0; i < 11; i++)
    if (i != 6)
      g_assert_cmpint (nv_meeting_get_kind (g_ptr_array_index (meetings, i)), ==, NV_MEETING_KIND_REGULAR);
}

static void
test_invalid (void)
{
  NvScheduleOptions options[5];

  options[0] = options_from (0, NV_CADENCE_WEEKS, 2, 4);
  options[1] = options_from (YMD (2027, 1, 5), NV_CADENCE_WEEKS, 2, 0);
  options[2] = options_from (YMD (2027, 1, 5), NV_CADENCE_WEEKS, 2, 0);
  options[2].end_date = YMD (2026, 1, 5);
  options[3] = options_from (YMD (2027, 1, 5), NV_CADENCE_WEEKS, 2, NV_SCHEDULE_MAX_MEETINGS + 1);
  options[4] = options_from (YMD (2027, 1, 5), NV_CADENCE_PER_YEAR, 0, 4);

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (nv_schedule_meetings (&options[i], &error));
      g_assert_error (error, NV_SCHEDULE_ERROR, NV_SCHEDULE_ERROR_INVALID);
    }
}

/* Whatever the options: dates rise, the count is kept, and no meeting
 * falls on a day off when they are to be skipped */
static void
test_properties (void)
{
  GRand *rand = g_rand_new_with_seed (20261123);

  for (guint round = 0; round < 300; round++)
    {
      NvScheduleOptions options = options_from (YMD (2026, 1, 1) + g_rand_int_range (rand, 0, 1500),
                                                g_rand_int_range (rand, 0, 3), g_rand_int_range (rand, 1, 53),
                                                g_rand_int_range (rand, 1, 40));
      g_autoptr(GPtrArray) meetings = NULL;
      g_autoptr(GError) error = NULL;

      options.skip_days_off = g_rand_boolean (rand);
      meetings = nv_schedule_meetings (&options, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (meetings->len, ==, options.count);
      for (guint i = 0; i < meetings->len; i++)
        {
          guint date = nv_meeting_get_date (g_ptr_array_index (meetings, i));
          g_autoptr(GDate) gdate = g_date_new_julian (date);

          if (i > 0)
            g_assert_cmpuint (date, >, nv_meeting_get_date (g_ptr_array_index (meetings, i - 1)));
          if (options.skip_days_off)
            {
              g_assert_null (nv_danish_holiday (date));
              g_assert_cmpint (g_date_get_weekday (gdate), <=, G_DATE_FRIDAY);
            }
        }
    }

  g_rand_free (rand);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schedule/weeks", test_weeks);
  g_test_add_func ("/schedule/days-off", test_days_off);
  g_test_add_func ("/schedule/monthly-weekday", test_monthly_weekday);
  g_test_add_func ("/schedule/per-year", test_per_year);
  g_test_add_func ("/schedule/end-date", test_end_date);
  g_test_add_func ("/schedule/alternating-start", test_alternating_start);
  g_test_add_func ("/schedule/evaluation-and-closing", test_evaluation_and_closing);
  g_test_add_func ("/schedule/invalid", test_invalid);
  g_test_add_func ("/schedule/properties", test_properties);

  return g_test_run ();
}
