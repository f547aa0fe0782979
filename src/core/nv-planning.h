/* nv-planning.h: what the planning grid shows of a network's series
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-meeting.h"
#include "nv-network.h"
#include "nv-participant.h"
#include "nv-plan.h"

G_BEGIN_DECLS

typedef struct
{
  char     *person;      /* the person's id */
  gboolean  member;      /* a member of the network */
  gboolean  core;        /* a core participant (kernedeltager) */
  guint     n_meetings;  /* how many of the series' meetings they take part in */
} NvPlanningPerson;

GPtrArray     *nv_planning_people           (NvPlan      *plan,
                                             NvNetwork   *network);
NvParticipant *nv_meeting_find_participant  (NvMeeting   *meeting,
                                             const char  *person);
guint          nv_meeting_count_contributors (NvMeeting  *meeting);
char         **nv_planning_suggest          (NvPlan      *plan,
                                             const char  *property,
                                             const char  *typed);
gboolean       nv_plan_find_person_by_name  (NvPlan      *plan,
                                             const char  *text,
                                             const char **person,
                                             GError     **error);

G_END_DECLS
