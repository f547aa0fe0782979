/* nv-enums.h: the enumerations stored in plan files
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nicks are the values written to the file: never change them. */

typedef enum
{
  NV_MEETING_KIND_REGULAR,
  NV_MEETING_KIND_CLOSING,
  NV_MEETING_KIND_EVALUATION,
} NvMeetingKind;

typedef enum
{
  NV_MEETING_STATUS_PLANNED,
  NV_MEETING_STATUS_CONFIRMED,
  NV_MEETING_STATUS_CANCELLED,
  NV_MEETING_STATUS_HELD,
} NvMeetingStatus;

typedef enum
{
  NV_MINUTES_STATUS_DRAFT,
  NV_MINUTES_STATUS_APPROVED,
  NV_MINUTES_STATUS_SENT,
} NvMinutesStatus;

typedef enum
{
  NV_REPLY_NONE,
  NV_REPLY_INVITED,
  NV_REPLY_ACCEPTED,
  NV_REPLY_DECLINED,
  NV_REPLY_NO_ANSWER,
} NvReply;

typedef enum
{
  NV_ATTENDANCE_UNKNOWN,
  NV_ATTENDANCE_PRESENT,
  NV_ATTENDANCE_REGRETS,
  NV_ATTENDANCE_ABSENT,
} NvAttendance;

typedef enum
{
  NV_ITEM_KIND_ITEM,
  NV_ITEM_KIND_PAUSE,
} NvItemKind;

typedef enum
{
  NV_LEAD_NONE,
  NV_LEAD_CHAIR,
  NV_LEAD_EVERYONE,
  NV_LEAD_PERSON,
  NV_LEAD_OTHER,
} NvLead;

/* Seed 000: each local group sends a volunteer and a coordinator */
typedef enum
{
  NV_LOCAL_ROLE_NONE,
  NV_LOCAL_ROLE_VOLUNTEER,
  NV_LOCAL_ROLE_COORDINATOR,
} NvLocalRole;

#define NV_TYPE_MEETING_KIND (nv_meeting_kind_get_type ())
#define NV_TYPE_MEETING_STATUS (nv_meeting_status_get_type ())
#define NV_TYPE_MINUTES_STATUS (nv_minutes_status_get_type ())
#define NV_TYPE_REPLY (nv_reply_get_type ())
#define NV_TYPE_ATTENDANCE (nv_attendance_get_type ())
#define NV_TYPE_ITEM_KIND (nv_item_kind_get_type ())
#define NV_TYPE_LEAD (nv_lead_get_type ())
#define NV_TYPE_LOCAL_ROLE (nv_local_role_get_type ())

GType nv_meeting_kind_get_type   (void) G_GNUC_CONST;
GType nv_meeting_status_get_type (void) G_GNUC_CONST;
GType nv_minutes_status_get_type (void) G_GNUC_CONST;
GType nv_reply_get_type          (void) G_GNUC_CONST;
GType nv_attendance_get_type     (void) G_GNUC_CONST;
GType nv_item_kind_get_type      (void) G_GNUC_CONST;
GType nv_lead_get_type           (void) G_GNUC_CONST;
GType nv_local_role_get_type     (void) G_GNUC_CONST;

const char *nv_enum_to_nick      (GType       enum_type,
                                  int         value);
gboolean    nv_enum_from_nick    (GType       enum_type,
                                  const char *nick,
                                  int        *value);

G_END_DECLS
