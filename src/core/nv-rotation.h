/* nv-rotation.h: roles shared fairly over a network's series
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-meeting.h"
#include "nv-network.h"
#include "nv-plan.h"

G_BEGIN_DECLS

#define NV_ROTATION_ERROR (nv_rotation_error_quark ())

typedef enum
{
  NV_ROTATION_ERROR_NO_MEMBERS,
  NV_ROTATION_ERROR_NO_ROLES,
  NV_ROTATION_ERROR_NO_MEETINGS,
} NvRotationError;

typedef enum
{
  NV_ROLE_CHAIR,
  NV_ROLE_MINUTE_TAKER,
  NV_ROLE_HOST,
  NV_ROLE_BOUNDARY_KEEPER,
  NV_ROLE_THEME_LEAD,
  NV_N_ROLES
} NvRole;

#define NV_ROLE_FLAG(role) (1u << (role))
#define NV_ROLE_FLAGS_ALL  ((1u << NV_N_ROLES) - 1)

typedef struct
{
  guint    roles;      /* NV_ROLE_FLAG()s of the roles to give */
  gboolean replace;    /* also give roles that are already someone's */
  guint    from_date;  /* julian day: only meetings from then on (and
                        * those without a date); 0 for the whole series */
} NvRotationOptions;

typedef struct
{
  NvMeeting *meeting;
  char      *proposed[NV_N_ROLES];  /* the person id the role goes to, or
                                     * NULL where it stays as it is */
  guint      unfilled;              /* NV_ROLE_FLAG()s of roles to give
                                     * that nobody could take */
} NvRotationSlot;

GQuark      nv_rotation_error_quark   (void);
const char *nv_role_label             (NvRole                   role);
GStrv       nv_role_holders           (NvMeeting               *meeting,
                                       NvRole                   role);
GPtrArray  *nv_rotation_propose       (NvPlan                  *plan,
                                       NvNetwork               *network,
                                       const NvRotationOptions *options,
                                       GError                 **error);
guint       nv_rotation_count_changes (GPtrArray               *slots);
void        nv_rotation_apply         (GPtrArray               *slots);

G_END_DECLS
