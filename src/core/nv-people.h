/* nv-people.h: searching the plan's people, and what to check in their
 * details
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-network.h"
#include "nv-person.h"
#include "nv-plan.h"

G_BEGIN_DECLS

typedef enum
{
  NV_DUPLICATE_SAME_EMAIL,
  NV_DUPLICATE_SAME_NAME,   /* the same name and organisation */
} NvDuplicateKind;

typedef struct
{
  NvPerson        *person;
  NvPerson        *other;   /* who @person may be the same as */
  NvDuplicateKind  kind;
} NvDuplicate;

char       *nv_people_fold            (const char  *text);
GHashTable *nv_people_local_groups    (NvPlan      *plan);
gboolean    nv_person_matches         (NvPerson    *person,
                                       GPtrArray   *local_groups,
                                       const char  *query);
GPtrArray  *nv_people_find_duplicates (GListModel  *people);
GHashTable *nv_people_check           (GListModel  *people);
gboolean    nv_network_check_size     (NvNetwork   *network,
                                       char       **problem,
                                       char       **advice);

G_END_DECLS
