/* nv-ical-export.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-meeting.h"
#include "nv-plan.h"

G_BEGIN_DECLS

/* The time zone of every meeting */
#define NV_ICAL_TZID "Europe/Copenhagen"

#define NV_ICAL_ERROR (nv_ical_error_quark ())

typedef enum
{
  NV_ICAL_ERROR_NOTHING,
  NV_ICAL_ERROR_NOT_FOUND,
  NV_ICAL_ERROR_INVALID,
  NV_ICAL_ERROR_IO,
  NV_ICAL_ERROR_NO_ADDRESS,
} NvIcalError;

typedef enum
{
  NV_ICAL_PUBLISH,  /* put meetings in a calendar */
  NV_ICAL_REQUEST,  /* invite to one meeting */
  NV_ICAL_CANCEL,   /* call one meeting off */
} NvIcalMethod;

GQuark      nv_ical_error_quark     (void);

GPtrArray  *nv_ical_collect         (NvPlan        *plan,
                                     const char    *meeting_id,
                                     const char    *network_id,
                                     GError       **error);
char       *nv_ical_export          (NvPlan        *plan,
                                     GPtrArray     *meetings,
                                     NvIcalMethod   method,
                                     const char    *calendar_name,
                                     int            reminder,
                                     GError       **error);

char       *nv_ical_publish_warning (NvPlan        *plan,
                                     GPtrArray     *meetings);

char       *nv_ical_meeting_uid     (NvMeeting     *meeting);
struct icalcomponent_impl *nv_ical_copenhagen_vtimezone (void);
struct _icaltimezone      *nv_ical_copenhagen_zone      (void);
char       *nv_ical_meeting_summary (NvMeeting     *meeting);
int         nv_ical_meeting_length  (NvMeeting     *meeting);
int         nv_ical_meeting_status  (NvMeeting     *meeting);

G_END_DECLS
