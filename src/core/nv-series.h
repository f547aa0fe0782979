/* nv-series.h: a network's series of meetings at a glance
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-meeting.h"
#include "nv-member.h"
#include "nv-network.h"
#include "nv-plan.h"

G_BEGIN_DECLS

typedef struct
{
  NvMeeting *meeting;  /* the meeting the problem is in, or NULL */
  char      *message;  /* translated, for a row or a tooltip */
  NvMember  *member;   /* or the member it is about, or NULL */
} NvSeriesProblem;

void       nv_series_problem_free         (gpointer   problem);
GPtrArray *nv_series_problems             (NvPlan    *plan,
                                           NvNetwork *network);
GPtrArray *nv_series_local_group_problems (NvPlan    *plan,
                                           NvNetwork *network);
char      *nv_series_summary              (NvNetwork *network,
                                           guint      today);

G_END_DECLS
