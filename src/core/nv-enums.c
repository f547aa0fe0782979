/* nv-enums.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nv-enums.h"

G_DEFINE_ENUM_TYPE (NvMeetingKind, nv_meeting_kind,
  G_DEFINE_ENUM_VALUE (NV_MEETING_KIND_REGULAR, "regular"),
  G_DEFINE_ENUM_VALUE (NV_MEETING_KIND_CLOSING, "closing"),
  G_DEFINE_ENUM_VALUE (NV_MEETING_KIND_EVALUATION, "evaluation"))

G_DEFINE_ENUM_TYPE (NvMeetingStatus, nv_meeting_status,
  G_DEFINE_ENUM_VALUE (NV_MEETING_STATUS_PLANNED, "planned"),
  G_DEFINE_ENUM_VALUE (NV_MEETING_STATUS_CONFIRMED, "confirmed"),
  G_DEFINE_ENUM_VALUE (NV_MEETING_STATUS_CANCELLED, "cancelled"),
  G_DEFINE_ENUM_VALUE (NV_MEETING_STATUS_HELD, "held"))

G_DEFINE_ENUM_TYPE (NvMinutesStatus, nv_minutes_status,
  G_DEFINE_ENUM_VALUE (NV_MINUTES_STATUS_DRAFT, "draft"),
  G_DEFINE_ENUM_VALUE (NV_MINUTES_STATUS_APPROVED, "approved"),
  G_DEFINE_ENUM_VALUE (NV_MINUTES_STATUS_SENT, "sent"))

G_DEFINE_ENUM_TYPE (NvReply, nv_reply,
  G_DEFINE_ENUM_VALUE (NV_REPLY_NONE, "none"),
  G_DEFINE_ENUM_VALUE (NV_REPLY_INVITED, "invited"),
  G_DEFINE_ENUM_VALUE (NV_REPLY_ACCEPTED, "accepted"),
  G_DEFINE_ENUM_VALUE (NV_REPLY_DECLINED, "declined"),
  G_DEFINE_ENUM_VALUE (NV_REPLY_NO_ANSWER, "no-answer"))

G_DEFINE_ENUM_TYPE (NvAttendance, nv_attendance,
  G_DEFINE_ENUM_VALUE (NV_ATTENDANCE_UNKNOWN, "unknown"),
  G_DEFINE_ENUM_VALUE (NV_ATTENDANCE_PRESENT, "present"),
  G_DEFINE_ENUM_VALUE (NV_ATTENDANCE_REGRETS, "regrets"),
  G_DEFINE_ENUM_VALUE (NV_ATTENDANCE_ABSENT, "absent"))

G_DEFINE_ENUM_TYPE (NvItemKind, nv_item_kind,
  G_DEFINE_ENUM_VALUE (NV_ITEM_KIND_ITEM, "item"),
  G_DEFINE_ENUM_VALUE (NV_ITEM_KIND_PAUSE, "pause"))

G_DEFINE_ENUM_TYPE (NvLead, nv_lead,
  G_DEFINE_ENUM_VALUE (NV_LEAD_NONE, "none"),
  G_DEFINE_ENUM_VALUE (NV_LEAD_CHAIR, "chair"),
  G_DEFINE_ENUM_VALUE (NV_LEAD_EVERYONE, "everyone"),
  G_DEFINE_ENUM_VALUE (NV_LEAD_PERSON, "person"),
  G_DEFINE_ENUM_VALUE (NV_LEAD_OTHER, "other"))

G_DEFINE_ENUM_TYPE (NvLocalRole, nv_local_role,
  G_DEFINE_ENUM_VALUE (NV_LOCAL_ROLE_NONE, "none"),
  G_DEFINE_ENUM_VALUE (NV_LOCAL_ROLE_VOLUNTEER, "volunteer"),
  G_DEFINE_ENUM_VALUE (NV_LOCAL_ROLE_COORDINATOR, "coordinator"))

const char *
nv_enum_to_nick (GType enum_type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  return enum_value ? enum_value->value_nick : NULL;
}

gboolean
nv_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *enum_value = g_enum_get_value_by_nick (klass, nick);

  if (enum_value == NULL)
    return FALSE;

  *value = enum_value->value;
  return TRUE;
}
