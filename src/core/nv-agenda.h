/* nv-agenda.h: clock times, totals and warnings of a meeting's agenda
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-agenda-item.h"
#include "nv-meeting.h"
#include "nv-network.h"
#include "nv-plan.h"

G_BEGIN_DECLS

/* Seed 001: "it is a good idea if the meeting does not last beyond 21.00" */
#define NV_DEFAULT_LATEST_END (21 * 60)
/* A meeting longer than this wants a pause */
#define NV_PAUSE_NEEDED_AFTER 90
/* The length of a meeting that neither its agenda nor its network gives */
#define NV_DEFAULT_MEETING_LENGTH 120

typedef struct
{
  int start;  /* minutes after the meeting's day began; -1 when the meeting has no start */
  int end;    /* -1 for an untimed item, or when the meeting has no start */
} NvAgendaSlot;

typedef struct
{
  guint         n_slots;
  NvAgendaSlot *slots;        /* one per agenda item, in order */
  int           total;        /* minutes of the timed items */
  gboolean      lower_bound;  /* an untimed item: the total is at least this */
  int           start;        /* the meeting's start, or -1 */
  int           length;       /* the meeting's: fixed, else the agenda's, else the network's usual */
  int           end;          /* start + length, or -1 */
} NvAgendaTimes;

typedef enum
{
  NV_AGENDA_WARNING_LONGER_THAN_PLANNED,
  NV_AGENDA_WARNING_ENDS_TOO_LATE,
  NV_AGENDA_WARNING_TOO_SHORT,
  NV_AGENDA_WARNING_NO_PAUSE,
  NV_AGENDA_WARNING_TOO_MANY_PARTICIPANTS,
} NvAgendaWarningKind;

typedef struct
{
  NvAgendaWarningKind  kind;
  char                *message;
} NvAgendaWarning;

NvAgendaTimes *nv_agenda_times_new      (NvMeeting     *meeting);
void           nv_agenda_times_free     (NvAgendaTimes *times);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NvAgendaTimes, nv_agenda_times_free)

char          *nv_agenda_format_clock   (int            minutes);
char          *nv_agenda_format_range   (int            start,
                                         int            end);
char          *nv_agenda_format_total   (int            total,
                                         gboolean       lower_bound);
char          *nv_agenda_format_lead    (NvPlan        *plan,
                                         NvAgendaItem  *item);

GPtrArray     *nv_agenda_check          (NvMeeting     *meeting);
NvMeeting     *nv_meeting_find_next     (NvMeeting     *meeting);
gboolean       nv_meeting_set_end       (NvMeeting     *meeting,
                                         int            end,
                                         GError       **error);
int            nv_meeting_get_fixed_end (NvMeeting     *meeting);
void           nv_agenda_copy_items     (GListModel    *from,
                                         NvRecordList  *to);
void           nv_agenda_copy_to        (NvMeeting     *from,
                                         NvMeeting     *to);
void           nv_agenda_item_move_to   (NvAgendaItem  *item,
                                         NvMeeting     *to);
NvAgendaItem  *nv_agenda_item_duplicate (NvAgendaItem  *item);
char          *nv_agenda_to_text        (NvPlan        *plan,
                                         NvMeeting     *meeting);

G_END_DECLS
