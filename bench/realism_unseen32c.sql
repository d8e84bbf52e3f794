-- CreateEnum
CREATE TYPE "BikeType" AS ENUM ('CLASSIC', 'EBIKE', 'CARGO');

-- CreateEnum
CREATE TYPE "BikeStatus" AS ENUM ('AVAILABLE', 'IN_USE', 'MAINTENANCE', 'LOST', 'RETIRED');

-- CreateEnum
CREATE TYPE "PlanType" AS ENUM ('PAYG', 'DAY', 'MONTHLY', 'ANNUAL', 'STUDENT');

-- CreateTable
CREATE TABLE "Station" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(8) NOT NULL,
    "name" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "capacity" INTEGER NOT NULL,
    "district" TEXT,
    "isVirtual" BOOLEAN NOT NULL DEFAULT false,
    "openedAt" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Station_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bike" (
    "id" SERIAL NOT NULL,
    "serial" TEXT NOT NULL,
    "frameNo" TEXT,
    "type" "BikeType" NOT NULL DEFAULT 'CLASSIC',
    "status" "BikeStatus" NOT NULL DEFAULT 'AVAILABLE',
    "batteryPct" INTEGER,
    "odometerKm" DECIMAL(9,2) NOT NULL DEFAULT 0,
    "stationId" INTEGER,
    "lockFirmware" TEXT,
    "commissionedAt" DATE NOT NULL,

    CONSTRAINT "Bike_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "birthYear" INTEGER,
    "locale" VARCHAR(5) NOT NULL DEFAULT 'en-GB',
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "balanceCents" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" SERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "plan" "PlanType" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "priceCents" INTEGER NOT NULL,
    "autoRenew" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Trip" (
    "id" BIGSERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "bikeId" INTEGER NOT NULL,
    "startStationId" INTEGER NOT NULL,
    "endStationId" INTEGER,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "distanceM" INTEGER,
    "fareCents" INTEGER,
    "co2SavedG" INTEGER,
    "rating" SMALLINT,

    CONSTRAINT "Trip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tripId" BIGINT,
    "amountCents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',
    "pspRef" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaintenanceTicket" (
    "id" SERIAL NOT NULL,
    "bikeId" INTEGER NOT NULL,
    "reportedById" TEXT,
    "issue" TEXT NOT NULL,
    "details" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "partsCostCents" INTEGER,

    CONSTRAINT "MaintenanceTicket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rebalance" (
    "id" SERIAL NOT NULL,
    "fromStationId" INTEGER NOT NULL,
    "toStationId" INTEGER NOT NULL,
    "bikesMoved" INTEGER NOT NULL,
    "vanPlate" TEXT NOT NULL,
    "movedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Rebalance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Station_code_key" ON "Station"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Bike_serial_key" ON "Bike"("serial");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Trip_userId_startedAt_idx" ON "Trip"("userId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_pspRef_key" ON "Payment"("pspRef");

-- AddForeignKey
ALTER TABLE "Bike" ADD CONSTRAINT "Bike_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trip" ADD CONSTRAINT "Trip_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trip" ADD CONSTRAINT "Trip_bikeId_fkey" FOREIGN KEY ("bikeId") REFERENCES "Bike"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trip" ADD CONSTRAINT "Trip_startStationId_fkey" FOREIGN KEY ("startStationId") REFERENCES "Station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trip" ADD CONSTRAINT "Trip_endStationId_fkey" FOREIGN KEY ("endStationId") REFERENCES "Station"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_tripId_fkey" FOREIGN KEY ("tripId") REFERENCES "Trip"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceTicket" ADD CONSTRAINT "MaintenanceTicket_bikeId_fkey" FOREIGN KEY ("bikeId") REFERENCES "Bike"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceTicket" ADD CONSTRAINT "MaintenanceTicket_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rebalance" ADD CONSTRAINT "Rebalance_fromStationId_fkey" FOREIGN KEY ("fromStationId") REFERENCES "Station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rebalance" ADD CONSTRAINT "Rebalance_toStationId_fkey" FOREIGN KEY ("toStationId") REFERENCES "Station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- hand-written migration: add_check_constraints
ALTER TABLE "Station" ADD CONSTRAINT "Station_capacity_check" CHECK ("capacity" > 0 AND "capacity" <= 80);
ALTER TABLE "Bike" ADD CONSTRAINT "Bike_batteryPct_check" CHECK ("batteryPct" BETWEEN 0 AND 100);
ALTER TABLE "Trip" ADD CONSTRAINT "Trip_rating_check" CHECK ("rating" BETWEEN 1 AND 5);
ALTER TABLE "Trip" ADD CONSTRAINT "Trip_endedAt_check" CHECK ("endedAt" IS NULL OR "endedAt" >= "startedAt");
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_status_check" CHECK ("status" IN ('pending', 'succeeded', 'failed', 'refunded'));
ALTER TABLE "MaintenanceTicket" ADD CONSTRAINT "MaintenanceTicket_issue_check" CHECK ("issue" IN ('FLAT_TYRE', 'BRAKES', 'CHAIN', 'LOCK', 'BATTERY', 'LIGHTS', 'FRAME', 'OTHER'));
ALTER TABLE "Rebalance" ADD CONSTRAINT "Rebalance_bikesMoved_check" CHECK ("bikesMoved" > 0);
