/* nv-schedule.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-enums.h"
#include "nv-holidays.h"
#include "nv-meeting.h"
#include "nv-schedule.h"
#include "nv-util.h"

/*
 * "Plan meetings" (seeds 000 and 003): a network decides to meet, say,
 * every fourth week for a year, or on the second Tuesday of each month,
 * and wants the dates at once. The meetings made here are new records
 * the caller previews and then adds; nothing existing is touched.
 */

G_DEFINE_QUARK (nv-schedule-error-quark, nv_schedule_error)

#define HALF_A_YEAR 182

static gboolean
is_day_off (guint julian)
{
  g_autoptr(GDate) date = g_date_new_julian (julian);
  GDateWeekday weekday = g_date_get_weekday (date);

  return weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY || nv_danish_holiday (julian) != NULL;
}

/* The same weekday, in the same week of the month (the last one if
 * @julian is in a fifth week), @months later */
static guint
same_weekday_months_later (guint julian,
                           guint months)
{
  g_autoptr(GDate) date = g_date_new_julian (julian);
  GDateWeekday weekday = g_date_get_weekday (date);
  guint week = (g_date_get_day (date) - 1) / 7;
  g_autoptr(GDate) first = NULL;
  guint8 days_in_month;

  g_date_set_day (date, 1);
  g_date_add_months (date, months);
  first = g_date_copy (date);
  days_in_month = g_date_get_days_in_month (g_date_get_month (date), g_date_get_year (date));

  /* The first such weekday of the month, then the week */
  g_date_add_days (date, (weekday - g_date_get_weekday (first) + 7) % 7);
  if (week == 4 || g_date_get_day (date) + 7 * week > days_in_month)
    week = (days_in_month - g_date_get_day (date)) / 7;
  g_date_add_days (date, 7 * week);
  return g_date_get_julian (date);
}

static guint
nth_date (const NvScheduleOptions *options,
          guint                    n)
{
  switch (options->cadence)
    {
    case NV_CADENCE_WEEKS:
      return options->first_date + 7 * options->interval * n;
    case NV_CADENCE_MONTHLY_WEEKDAY:
      return same_weekday_months_later (options->first_date, n);
    case NV_CADENCE_PER_YEAR:
    default:
      /* Whole weeks apart, so that the weekday stays */
      return options->first_date + 7 * MAX (1, (guint) (52.18 / options->interval + 0.5)) * n;
    }
}

static gboolean
check_options (const NvScheduleOptions  *options,
               GError                  **error)
{
  const char *problem = NULL;

  if (options->first_date == 0)
    problem = _("The series needs a first date");
  else if (options->count == 0 && options->end_date == 0)
    problem = _("Say how many meetings there are, or when the series ends");
  else if (options->count == 0 && options->end_date < options->first_date)
    problem = _("The series ends before its first meeting");
  else if (options->count > NV_SCHEDULE_MAX_MEETINGS)
    problem = _("A series can have at most 500 meetings");
  else if (options->cadence != NV_CADENCE_MONTHLY_WEEKDAY && (options->interval == 0 || options->interval > 52))
    problem = options->cadence == NV_CADENCE_WEEKS ? _("Meetings can be 1 to 52 weeks apart")
                                                   : _("A series can have 1 to 52 meetings a year");

  if (problem != NULL)
    g_set_error_literal (error, NV_SCHEDULE_ERROR, NV_SCHEDULE_ERROR_INVALID, problem);
  return problem == NULL;
}

static NvMeeting *
new_meeting (const NvScheduleOptions *options,
             guint                    n,
             guint                    date)
{
  NvMeeting *meeting = nv_meeting_new ();
  int start = n % 2 == 1 && options->alternate_start >= 0 ? options->alternate_start : options->start;

  g_free (nv_record_make_id (NV_RECORD (meeting)));
  nv_meeting_set_date (meeting, date);
  nv_meeting_set_start (meeting, start);
  nv_meeting_set_duration (meeting, options->length);
  return meeting;
}

/**
 * nv_schedule_meetings:
 *
 * Returns: (transfer container) (element-type NvMeeting): the new
 * meetings in date order, or %NULL with @error set
 */
GPtrArray *
nv_schedule_meetings (const NvScheduleOptions  *options,
                      GError                  **error)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  guint previous = 0;
  gboolean evaluation_placed = FALSE;

  if (!check_options (options, error))
    return NULL;

  for (guint n = 0; meetings->len < NV_SCHEDULE_MAX_MEETINGS; n++)
    {
      guint date = nth_date (options, n);

      if (options->count > 0 ? meetings->len == options->count : date > options->end_date)
        break;

      if (options->skip_days_off)
        while (is_day_off (date))
          date++;
      /* Two meetings never share a day, however the days off fall */
      if (date <= previous)
        continue;
      previous = date;

      g_ptr_array_add (meetings, new_meeting (options, meetings->len, date));
      if (options->evaluation && !evaluation_placed && date >= options->first_date + HALF_A_YEAR)
        {
          NvMeeting *meeting = g_ptr_array_index (meetings, meetings->len - 1);

          nv_meeting_set_kind (meeting, NV_MEETING_KIND_EVALUATION);
          nv_meeting_set_title (meeting, _("Evaluation meeting"));
          evaluation_placed = TRUE;
        }
    }

  if (options->closing && meetings->len > 1)
    {
      NvMeeting *last = g_ptr_array_index (meetings, meetings->len - 1);

      nv_meeting_set_kind (last, NV_MEETING_KIND_CLOSING);
      /* Translators: seed 003's "Afsluttende møde" */
      nv_meeting_set_title (last, _("Closing meeting"));
    }

  /* The regular meetings are numbered among themselves: "Network meeting
   * 8" comes after the evaluation meeting that took the eighth date */
  for (guint i = 0, number = options->first_number; i < meetings->len; i++)
    {
      NvMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *title = NULL;

      if (nv_meeting_get_kind (meeting) != NV_MEETING_KIND_REGULAR)
        continue;
      /* Translators: the title of a new meeting, "Network meeting 4" */
      title = g_strdup_printf (_("Network meeting %u"), number++);
      nv_meeting_set_title (meeting, title);
    }

  return g_steal_pointer (&meetings);
}
