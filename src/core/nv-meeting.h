/* nv-meeting.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-record.h"
#include "nv-enums.h"
#include "nv-record-list.h"

#include "nv-calendar-state.h"
#include "nv-invitation.h"
#include "nv-minutes.h"

G_BEGIN_DECLS

#define NV_TYPE_MEETING (nv_meeting_get_type ())

G_DECLARE_FINAL_TYPE (NvMeeting, nv_meeting, NV, MEETING, NvRecord)

NvMeeting          *nv_meeting_new                 (void);
const char         *nv_meeting_get_title           (NvMeeting *self);
const char         *nv_meeting_get_name            (NvMeeting *self);
void                nv_meeting_set_title           (NvMeeting  *self,
                                                    const char *title);
const char         *nv_meeting_get_subtheme        (NvMeeting *self);
void                nv_meeting_set_subtheme        (NvMeeting  *self,
                                                    const char *subtheme);
NvMeetingKind       nv_meeting_get_kind            (NvMeeting *self);
void                nv_meeting_set_kind            (NvMeeting     *self,
                                                    NvMeetingKind  kind);
guint               nv_meeting_get_date            (NvMeeting *self);
void                nv_meeting_set_date            (NvMeeting *self,
                                                    guint      date);
int                 nv_meeting_get_start           (NvMeeting *self);
void                nv_meeting_set_start           (NvMeeting *self,
                                                    int        start);
int                 nv_meeting_get_duration        (NvMeeting *self);
void                nv_meeting_set_duration        (NvMeeting *self,
                                                    int        duration);
const char         *nv_meeting_get_location        (NvMeeting *self);
void                nv_meeting_set_location        (NvMeeting  *self,
                                                    const char *location);
NvMeetingStatus     nv_meeting_get_status          (NvMeeting *self);
void                nv_meeting_set_status          (NvMeeting       *self,
                                                    NvMeetingStatus  status);
const char         *nv_meeting_get_catering        (NvMeeting *self);
void                nv_meeting_set_catering        (NvMeeting  *self,
                                                    const char *catering);
const char         *nv_meeting_get_chair           (NvMeeting *self);
void                nv_meeting_set_chair           (NvMeeting  *self,
                                                    const char *chair);
const char         *nv_meeting_get_minute_taker    (NvMeeting *self);
void                nv_meeting_set_minute_taker    (NvMeeting  *self,
                                                    const char *minute_taker);
const char         *nv_meeting_get_host            (NvMeeting *self);
void                nv_meeting_set_host            (NvMeeting  *self,
                                                    const char *host);
const char         *nv_meeting_get_boundary_keeper (NvMeeting *self);
void                nv_meeting_set_boundary_keeper (NvMeeting  *self,
                                                    const char *boundary_keeper);
const char * const *nv_meeting_get_theme_leads     (NvMeeting *self);
void                nv_meeting_set_theme_leads     (NvMeeting          *self,
                                                    const char * const *theme_leads);
NvInvitation       *nv_meeting_get_invitation      (NvMeeting *self);
NvMinutes          *nv_meeting_get_minutes         (NvMeeting *self);
NvCalendarState    *nv_meeting_get_calendar        (NvMeeting *self);
GListModel         *nv_meeting_get_participants    (NvMeeting *self);
GListModel         *nv_meeting_get_agenda          (NvMeeting *self);
GListModel         *nv_meeting_get_actions         (NvMeeting *self);
const char         *nv_meeting_get_notes          (NvMeeting  *self);
void                nv_meeting_set_notes          (NvMeeting  *self,
                                                   const char *notes);
guint               nv_meeting_schedule_generation (void);
int                 nv_meeting_compare            (NvMeeting *a,
                                                   NvMeeting *b);

G_END_DECLS
