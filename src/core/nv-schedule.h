/* nv-schedule.h: a series of meetings planned ahead
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NV_SCHEDULE_ERROR (nv_schedule_error_quark ())
#define NV_SCHEDULE_MAX_MEETINGS 500

typedef enum
{
  NV_SCHEDULE_ERROR_INVALID,
} NvScheduleError;

typedef enum
{
  NV_CADENCE_WEEKS,             /* every @interval weeks */
  NV_CADENCE_MONTHLY_WEEKDAY,   /* the same weekday of every month: "2nd Tuesday" */
  NV_CADENCE_PER_YEAR,          /* @interval meetings a year, evenly apart */
} NvCadence;

typedef struct
{
  guint     first_date;       /* julian day of the first meeting */
  guint     count;            /* how many meetings, or 0 to go until @end_date */
  guint     end_date;         /* julian day; used when @count is 0 */
  NvCadence cadence;
  guint     interval;         /* weeks, or meetings a year */
  int       start;            /* minutes after midnight, or -1 */
  int       alternate_start;  /* every second meeting starts then, or -1 */
  int       length;           /* minutes, or 0 */
  gboolean  skip_days_off;    /* move off weekends and Danish holidays */
  gboolean  evaluation;       /* the first meeting half a year in evaluates */
  gboolean  closing;          /* the last meeting closes the series */
  guint     first_number;     /* "Network meeting N" counts from here */
} NvScheduleOptions;

GQuark     nv_schedule_error_quark (void);
GPtrArray *nv_schedule_meetings    (const NvScheduleOptions  *options,
                                    GError                  **error);

G_END_DECLS
