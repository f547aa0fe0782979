/* nv-referat.h: recording a meeting — attendance, minutes, action items
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-action-item.h"
#include "nv-agenda-item.h"
#include "nv-meeting.h"
#include "nv-network.h"
#include "nv-participant.h"
#include "nv-plan.h"

G_BEGIN_DECLS

#define NV_REFERAT_ERROR (nv_referat_error_quark ())

typedef enum
{
  NV_REFERAT_ERROR_LOCKED,
} NvReferatError;

typedef struct
{
  guint present;
  guint regrets;   /* afbud */
  guint absent;    /* absent without notice */
  guint unknown;   /* not recorded yet */
} NvAttendanceCounts;

/* One member's attendance over a network's series (mødepligt) */
typedef struct
{
  const char *person;    /* the person's id */
  guint       present;
  guint       regrets;
  guint       absent;
  guint       meetings;  /* meetings whose attendance was recorded */
} NvMemberAttendance;

GQuark              nv_referat_error_quark         (void);

void                nv_meeting_count_attendance    (NvMeeting           *meeting,
                                                    NvAttendanceCounts  *counts);
gboolean            nv_meeting_attendance_recorded (NvMeeting           *meeting);
guint               nv_meeting_prefill_attendance  (NvMeeting           *meeting);
NvAttendance        nv_attendance_from_reply       (NvReply              reply);
GArray             *nv_network_attendance          (NvNetwork           *network);
char               *nv_attendance_format_counts    (const NvAttendanceCounts *counts);

gboolean            nv_minutes_is_locked           (NvMeeting           *meeting);
gboolean            nv_minutes_check_editable      (NvRecord            *record,
                                                    GError             **error);
gboolean            nv_minutes_set_text            (NvAgendaItem        *item,
                                                    const char          *field,
                                                    const char          *text,
                                                    GError             **error);
gboolean            nv_minutes_set_attendance      (NvParticipant       *participant,
                                                    NvAttendance         attendance,
                                                    GError             **error);
void                nv_minutes_approve             (NvMeeting           *meeting,
                                                    guint                date);
void                nv_minutes_mark_sent           (NvMeeting           *meeting,
                                                    guint                date);
void                nv_minutes_unlock              (NvMeeting           *meeting);

NvActionItem       *nv_meeting_add_action          (NvMeeting           *meeting,
                                                    NvAgendaItem        *from,
                                                    const char          *what,
                                                    GError             **error);
GPtrArray          *nv_meeting_open_actions_before (NvMeeting           *meeting);
GPtrArray          *nv_network_open_actions        (NvNetwork           *network);
NvMeeting          *nv_action_item_get_meeting     (NvActionItem        *action);

NvMeeting          *nv_meeting_set_next            (NvMeeting           *meeting,
                                                    guint                date,
                                                    const char          *chair,
                                                    const char          *minute_taker);

char               *nv_referat_to_text             (NvPlan              *plan,
                                                    NvMeeting           *meeting);

G_END_DECLS
